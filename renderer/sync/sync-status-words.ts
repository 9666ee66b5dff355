import type { SyncStatus } from '../../shared/ipc/sync-views';

/** A time of day as the user's locale writes it (hours and minutes). */
const clock = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** How many documents are left to move, when the server or replica says. */
function pendingWords(down: number | null, up: number | null): string {
  const parts = [down ? `${down} to receive` : null, up ? `${up} to send` : null].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

const RUNNING: ReadonlySet<string> = new Set(['connecting', 'syncing', 'synced', 'offline']);

/** Whether a sync runs (or retries): Stop has something to stop. */
export function syncRunning(status: SyncStatus | null): boolean {
  return status !== null && RUNNING.has(status.activity.state);
}

/** Said after the state while a curator's sync runs: it sends the gold layer and the schema too. */
function asWhom(status: SyncStatus): string {
  return syncRunning(status) && status.address?.curator ? ' (as curator)' : '';
}

/** What the sync is doing, in words (the status bar's indicator never says it by colour alone). */
export function syncStatusWords(status: SyncStatus): string {
  return `${stateWords(status)}${asWhom(status)}`;
}

function stateWords(status: SyncStatus): string {
  const { activity, lastSyncedAt } = status;
  const last = lastSyncedAt ? `; last synced ${clock(lastSyncedAt)}` : '';
  switch (activity.state) {
    case 'idle':
      return 'Sync: off';
    case 'connecting':
      return `Sync: connecting to ${status.address?.server ?? 'the server'}…`;
    case 'syncing':
      return `Sync: syncing${pendingWords(activity.pendingDown, activity.pendingUp)}${last}`;
    case 'synced':
      return lastSyncedAt ? `Sync: synced at ${clock(lastSyncedAt)}` : 'Sync: synced';
    case 'offline':
      return `Sync: offline, retrying at ${clock(activity.nextTryAt)}${last}`;
    case 'error':
      return `Sync stopped: ${activity.message}`;
  }
}

/** The shorter words the live region says: each state once, not every batch's count or time. */
export function syncAnnouncement(status: SyncStatus): string {
  const { activity } = status;
  switch (activity.state) {
    case 'syncing':
      return `Sync: syncing${asWhom(status)}`;
    case 'synced':
      return `Sync: synced${asWhom(status)}`;
    case 'offline':
      return `Sync: offline, retrying${asWhom(status)}`;
    default:
      return syncStatusWords(status);
  }
}
