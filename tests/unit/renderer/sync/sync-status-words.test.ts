import { describe, expect, it } from 'vitest';
import type { SyncActivity, SyncStatus } from '../../../../shared/ipc/sync-views';
import { syncAnnouncement, syncRunning, syncStatusWords } from '../../../../renderer/sync/sync-status-words';

const address = { server: 'https://couch.example.org/', database: null, live: true };
const statusOf = (activity: SyncActivity, curator: boolean): SyncStatus => ({
  activity,
  address: { ...address, curator },
  lastSyncedAt: null,
});

describe('the sync status in words', () => {
  it('says "as curator" while a curator\'s sync runs, and only then', () => {
    const offline: SyncActivity = { state: 'offline', nextTryAt: '2026-01-01T00:00:00.000Z', problem: 'gone' };

    expect(syncStatusWords(statusOf({ state: 'synced' }, true))).toBe('Sync: synced (as curator)');
    expect(syncStatusWords(statusOf({ state: 'connecting' }, true))).toBe(
      'Sync: connecting to https://couch.example.org/… (as curator)',
    );
    expect(syncAnnouncement(statusOf(offline, true))).toBe('Sync: offline, retrying (as curator)');
    expect(syncAnnouncement(statusOf({ state: 'syncing', pendingDown: 3, pendingUp: null }, true))).toBe(
      'Sync: syncing (as curator)',
    );
    expect(syncStatusWords(statusOf({ state: 'synced' }, false))).toBe('Sync: synced');
    // Off or stopped, the remembered box says nothing: nothing is being sent as anyone.
    expect(syncStatusWords(statusOf({ state: 'idle' }, true))).toBe('Sync: off');
    expect(syncStatusWords(statusOf({ state: 'error', message: 'refused' }, true))).toBe('Sync stopped: refused');
    expect(syncRunning(statusOf({ state: 'error', message: 'refused' }, true))).toBe(false);
    expect(syncRunning(null)).toBe(false);
  });
});
