import { EVENT_SOCKET_PATH, EVENT_SOCKET_PROTOCOL, TOKEN_PROTOCOL_PREFIX } from '../../shared/ipc/browser-transport';

/** How long to wait before each try to reconnect, growing; the last repeats until the server is back. */
const RECONNECT_MS = [500, 1000, 2000, 5000];

export interface EventSocketCallbacks {
  /** One of main's events, as the server sent it. */
  onEvent(event: string, payload: unknown): void;
  /** The socket is open again after it dropped (or after a first try failed): events sent meanwhile are lost. */
  onReconnect(): void;
}

/**
 * Browser mode's one WebSocket to main's events (`/api/events`), kept open: when it drops (the
 * server restarted, the network or the laptop slept) it is opened again with growing delays,
 * and `onReconnect` says so, since what main sent while it was away never arrives. The token
 * travels as a subprotocol: a browser cannot set headers on a WebSocket.
 */
export function connectEventSocket(token: string | null, callbacks: EventSocketCallbacks): void {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const protocols = token ? [EVENT_SOCKET_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${token}`] : [EVENT_SOCKET_PROTOCOL];
  let failedTries = 0;
  let missedEvents = false;

  const connect = () => {
    const socket = new WebSocket(`${scheme}//${location.host}${EVENT_SOCKET_PATH}`, protocols);
    socket.onopen = () => {
      failedTries = 0;
      if (!missedEvents) return;
      missedEvents = false;
      callbacks.onReconnect();
    };
    socket.onmessage = (message) => {
      const { event, payload } = JSON.parse(String(message.data)) as { event: string; payload: unknown };
      callbacks.onEvent(event, payload);
    };
    socket.onclose = () => {
      missedEvents = true;
      setTimeout(connect, RECONNECT_MS[Math.min(failedTries++, RECONNECT_MS.length - 1)]);
    };
  };
  connect();
}
