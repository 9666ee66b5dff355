import type { SyncStatus } from '../../shared/ipc/sync-views';
import type { ProjectService } from '../../main/service/project-service';

/**
 * Every syncStatus event a service sends, and a wait for the first (from now on, or the current
 * status) that fits: tests wait for states, never for durations.
 */
export function watchSyncStatus(service: ProjectService) {
  const seen: SyncStatus[] = [];
  const waiting: { fits: (s: SyncStatus) => boolean; done: (s: SyncStatus) => void }[] = [];
  service.events.on('syncStatus', (status) => {
    seen.push(status);
    for (const w of waiting.filter((w) => w.fits(status))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.done(status);
    }
  });
  return {
    seen,
    /** Resolves with the current status if it fits, else with the next one sent that does. */
    until(fits: (s: SyncStatus) => boolean): Promise<SyncStatus> {
      const current = service.sync.status();
      if (fits(current)) return Promise.resolve(current);
      return new Promise((done) => waiting.push({ fits, done }));
    },
  };
}

export const inState =
  (state: SyncStatus['activity']['state']) =>
  (status: SyncStatus): boolean =>
    status.activity.state === state;
