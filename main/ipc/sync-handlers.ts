import type { CallName, CallOutput, ParsedCallInput } from '../../shared/ipc/contract';
import type { WindowId } from '../../shared/ipc/views';
import type { ProjectService } from '../service/project-service';

type SyncCall = 'startSync' | 'stopSync' | 'getSyncStatus';

/** Their handlers, typed from the contract as call-handlers.ts types the table (importing it would be a cycle). */
type SyncHandlers = {
  [K in SyncCall & CallName]: (
    input: ParsedCallInput<K>,
    origin: WindowId | null,
  ) => Promise<CallOutput<K>> | CallOutput<K>;
};

/** Team sync from the app (main/sync/app-sync.ts), part of the handler table. */
export function syncHandlers(service: ProjectService): SyncHandlers {
  return {
    startSync: (request) => service.sync.start(request),
    stopSync: () => service.sync.stop(),
    getSyncStatus: () => service.sync.status(),
  };
}
