import { TagwrightError } from '../../shared/ipc/result';
import type { SyncAddress } from './sync-address';
import { syncProblem } from './sync-problem';

/**
 * Asks the server's root what it is before any replication starts: a wrong address, a refused
 * account or a server that is not CouchDB is then said at once, instead of PouchDB retrying it
 * forever as if the network were down. Rejects with the problem in words, the server named.
 */
export async function probeCouchServer(address: SyncAddress, server: string): Promise<void> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (address.credentials) {
    const { username, password } = address.credentials;
    headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  }
  const root = await answer(server.endsWith('/') ? server : `${server}/`, headers, server);
  if (!isCouchWelcome(await root.json().catch(() => null)))
    throw new TagwrightError(
      'invalid-input',
      `${server} is not a CouchDB server (its answer is not CouchDB's welcome).`,
    );
  const database = await answer(address.url, headers, server, [404]);
  // A missing database is made by the first replication; an account that may not read it is said now.
  await database.body?.cancel();
}

async function answer(url: string, headers: Record<string, string>, server: string, allowed: number[] = []) {
  let response: Response;
  try {
    response = await fetch(url, { headers });
  } catch (error) {
    throw new TagwrightError('io', syncProblem((error as { cause?: unknown }).cause ?? error, server));
  }
  if (!response.ok && !allowed.includes(response.status)) {
    await response.body?.cancel();
    const refused = response.status === 401 || response.status === 403;
    throw new TagwrightError(
      refused ? 'forbidden' : 'invalid-input',
      refused
        ? syncProblem({ status: response.status }, server)
        : `${server} answered ${response.status} ${response.statusText}: is it a CouchDB server?`,
    );
  }
  return response;
}

/** CouchDB's root says {"couchdb":"Welcome"}; pouchdb-server's says {"express-pouchdb":"Welcome!"}. */
function isCouchWelcome(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const welcome = body as Record<string, unknown>;
  return [welcome.couchdb, welcome['express-pouchdb']].some((w) => typeof w === 'string' && w.startsWith('Welcome'));
}
