import { callNames, type EventName } from '../../shared/ipc/contract';
import type { TagwrightBridge } from '../../shared/ipc/bridge';
import type { Result } from '../../shared/ipc/result';

type Listener = (payload: unknown) => void;

const RECONNECT_MS = [500, 1000, 2000, 5000];

/**
 * The bridge of browser mode (`tagwright serve`): calls are `POST /api/call/NAME` with a JSON
 * body, main's events come over one WebSocket at `/api/events`. The token travels in an
 * HttpOnly cookie the server set on the first page load, so this module never sees it; it only
 * removes `?token=` from the address bar so it stays out of history and bookmarks.
 */
export function createHttpBridge(): TagwrightBridge {
  forgetTokenInAddress();
  const listeners = new Map<string, Set<Listener>>();
  let connected = false;
  let attempts = 0;

  const connect = () => {
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${location.host}/api/events`);
    socket.onopen = () => (attempts = 0);
    socket.onmessage = (message) => {
      const { event, payload } = JSON.parse(String(message.data)) as { event: string; payload: unknown };
      listeners.get(event)?.forEach((listener) => listener(payload));
    };
    socket.onclose = () => {
      // The server may be restarting; its events resume when it is back.
      setTimeout(connect, RECONNECT_MS[Math.min(attempts++, RECONNECT_MS.length - 1)]);
    };
  };

  const api: Record<string, unknown> = {};
  for (const name of callNames) api[name] = (input: unknown) => postCall(name, input);
  api.on = (event: EventName, listener: Listener) => {
    if (!connected) {
      connected = true;
      connect();
    }
    if (!listeners.has(event)) listeners.set(event, new Set());
    listeners.get(event)!.add(listener);
    return () => listeners.get(event)?.delete(listener);
  };
  return Object.freeze(api) as TagwrightBridge;
}

async function postCall(name: string, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/call/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
      credentials: 'same-origin',
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

function forgetTokenInAddress(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}
