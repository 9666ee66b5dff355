/** What PouchDB or the probe failed with: a status where the server answered, a code where the network failed. */
interface FailureLike {
  status?: unknown;
  code?: unknown;
  name?: unknown;
  message?: unknown;
}

/** Why a sync with `server` failed, in words that name the server and never the account. */
export function syncProblem(error: unknown, server: string): string {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as FailureLike;
  if (failure.status === 401 || failure.name === 'unauthorized') return `${server} refused the user name or password.`;
  if (failure.status === 403 || failure.name === 'forbidden')
    return `${server} does not let this account read and write the database.`;
  if (typeof failure.code === 'string' && NETWORK_CODES.has(failure.code))
    return `Could not reach ${server} (${failure.code}): check the address and the network.`;
  const message = typeof failure.message === 'string' ? failure.message : String(error);
  return `Sync with ${server} failed: ${message}`;
}

/** True when the failure is the network's (the server away), not the server's answer. */
export function isNetworkFailure(error: unknown): boolean {
  const code = (error as FailureLike | null)?.code;
  return typeof code === 'string' && NETWORK_CODES.has(code);
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'UND_ERR_SOCKET',
]);
