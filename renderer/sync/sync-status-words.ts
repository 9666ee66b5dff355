import type { SyncStatus } from '../../shared/ipc/sync-views';

/** A time of day as the user's locale writes it (hours and minutes). */
const clock = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** How many documents are left to move, when the server or replica says. */
function pendingWords(down: number | null, up: number | null): string {
  const parts = [down ? `${down} to receive` : null, up ? `${up} to send` : null].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** What the sync is doing, in words (the status bar's indicator never says it by colour alone). */
export function syncStatusWords(status: SyncStatus): string {
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
      return 'Sync: syncing';
    case 'synced':
      return 'Sync: synced';
    case 'offline':
      return 'Sync: offline, retrying';
    default:
      return syncStatusWords(status);
  }
}
