import { callNames, type EventName } from '../../shared/ipc/contract';
import type { TagwrightBridge } from '../../shared/ipc/bridge';
import type { Result } from '../../shared/ipc/result';
import { TOKEN_HEADER } from '../../shared/ipc/browser-transport';
import { WINDOW_HEADER } from '../../shared/ipc/page-window-id';
import { connectEventSocket } from './event-socket-connection';

type Listener = (payload: unknown) => void;

/** Where the page keeps the token across reloads: this tab and this origin (port included) only. */
const TOKEN_STORAGE_KEY = 'tagwright-token';

/**
 * The bridge of browser mode (`tagwright serve`): calls are `POST /api/call/NAME` with a JSON
 * body, main's events come over one WebSocket at `/api/events` (event-socket-connection.ts),
 * which reconnects by itself and tells `onReconnect` listeners when it is back. The token comes in the address
 * the user opened; the page keeps it in memory and in sessionStorage (so a reload works) and
 * sends it as a header and a socket subprotocol, never as a cookie: cookies ignore ports, so any
 * other program serving 127.0.0.1 would receive one. It leaves the address bar at once.
 */
export function createHttpBridge(): TagwrightBridge {
  const token = takeTokenFromAddress();
  // This page's id for main (getRandomValues, unlike randomUUID, works on a plain-HTTP LAN address too).
  const windowId = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
  const listeners = new Map<string, Set<Listener>>();
  const reconnectListeners = new Set<() => void>();
  let connected = false;
  // The socket opens with the first subscription: a page that listens to nothing needs none.
  const connectOnce = () => {
    if (connected) return;
    connected = true;
    connectEventSocket(token, {
      onEvent: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
      onReconnect: () => reconnectListeners.forEach((listener) => listener()),
    });
  };

  const api: Record<string, unknown> = {};
  for (const name of callNames) api[name] = (input: unknown) => postCall(name, input, token, windowId);
  api.on = (event: EventName, listener: Listener) => {
    connectOnce();
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(listener);
    return () => listeners.get(event)?.delete(listener);
  };
  api.onReconnect = (listener: () => void) => {
    connectOnce();
    reconnectListeners.add(listener);
    return () => reconnectListeners.delete(listener);
  };
  return Object.freeze(api) as TagwrightBridge;
}

async function postCall(
  name: string,
  input: unknown,
  token: string | null,
  windowId: string,
): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/call/${name}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [WINDOW_HEADER]: windowId,
        ...(token ? { [TOKEN_HEADER]: token } : {}),
      },
      body: JSON.stringify(input ?? {}),
      credentials: 'omit',
    });
  } catch (error) {
    return {
      ok: false,
      error: { code: 'io', message: `Tagwright's server did not answer; is it still running? (${String(error)})` },
    };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'io', message: `Tagwright's server answered ${response.status} without a result.` },
    };
  }
}

/** The token of the address the user opened (then removed from it), or the one this tab kept. */
function takeTokenFromAddress(): string | null {
  const url = new URL(location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress === null) return sessionStorage.getItem(TOKEN_STORAGE_KEY);
  sessionStorage.setItem(TOKEN_STORAGE_KEY, fromAddress);
  // Out of the address bar, history and bookmarks.
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  return fromAddress;
}
