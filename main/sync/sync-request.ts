import { TagwrightError } from '../../shared/ipc/result';
import type { SyncAddressView } from '../../shared/ipc/sync-views';
import { defaultSyncDatabase, syncAddress, type SyncAddress } from './sync-address';

/** What the page asks to sync with: an address that may hold `user:password@`, a database or the default; as whom. */
export interface SyncRequest {
  url: string;
  database?: string | undefined;
  live: boolean;
  /** Also own the gold layer and the schema (the CLI's --curator). */
  curator: boolean;
}

/** The address to replicate with (the account apart) and what may be shown and remembered of it. */
export interface RequestedAddress {
  address: SyncAddress;
  shown: SyncAddressView;
}

/**
 * The page's address, its account taken out of it: the account goes to PouchDB only, the rest is
 * what the status shows and the preferences remember. (The CLI refuses such an address, since a
 * command line shows in process lists; a field in the page does not.)
 */
export function requestedAddress(request: SyncRequest, projectId: string): RequestedAddress {
  let url: URL;
  try {
    url = new URL(request.url.trim());
  } catch {
    throw new TagwrightError(
      'invalid-input',
      'The sync server is not an address (such as https://couch.example.org:6984/).',
    );
  }
  const credentials = url.username || url.password ? accountOf(url) : null;
  url.username = '';
  url.password = '';
  const server = url.href;
  const database = request.database?.trim() || null;
  return {
    address: syncAddress(server, database ?? defaultSyncDatabase(projectId), credentials),
    shown: { server, database, live: request.live, curator: request.curator },
  };
}

function accountOf(url: URL): { username: string; password: string } {
  if (!url.username || !url.password) {
    throw new TagwrightError(
      'invalid-input',
      `The sync server ${url.host} is given with ${url.username ? 'a user name but no password' : 'a password but no user name'}.`,
    );
  }
  return { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}
