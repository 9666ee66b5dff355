import { TagwrightError } from '../../shared/ipc/result';

/** Where a project syncs: the server, the database, and the account (kept out of every printed address). */
export interface SyncAddress {
  /** `<server>/<database>` without credentials: what is printed and what the published-ids file is keyed by. */
  url: string;
  credentials: { username: string; password: string } | null;
}

/** The database every copy of a project shares unless told otherwise. */
export function defaultSyncDatabase(projectId: string): string {
  return `tagwright-${projectId.toLowerCase()}`;
}

/** CouchDB's rule for database names. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/**
 * Checks a server address and database name as the user typed them: http or https only, no
 * credentials inside the address (they come apart, so they are never printed or saved with it).
 */
export function syncAddress(
  server: string,
  database: string,
  credentials: SyncAddress['credentials'] = null,
): SyncAddress {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new TagwrightError(
      'invalid-input',
      `The sync server "${server}" is not an address (such as http://127.0.0.1:5984/).`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TagwrightError(
      'invalid-input',
      `The sync server must be an http or https address, not "${url.protocol}".`,
    );
  }
  if (url.username || url.password) {
    throw new TagwrightError(
      'invalid-input',
      'Give the sync account apart from the server address (TAGWRIGHT_SYNC_USER and TAGWRIGHT_SYNC_PASSWORD), never inside it.',
    );
  }
  if (url.search || url.hash)
    throw new TagwrightError('invalid-input', `The sync server "${server}" has a query or fragment.`);
  if (!DATABASE_NAME.test(database)) {
    throw new TagwrightError(
      'invalid-input',
      `"${database}" is not a CouchDB database name: lower-case letters, digits and _$()+-/, starting with a letter.`,
    );
  }
  const base = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { url: `${base}${encodeURIComponent(database)}`, credentials };
}
