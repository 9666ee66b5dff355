import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventHub } from '../service/event-hub';
import { EVENT_SOCKET_PROTOCOL } from '../../shared/ipc/browser-transport';

/**
 * Main's events to every page over WebSocket: one JSON message `{ event, payload }` per event.
 * The page never sends anything; whatever it sends is ignored, and large frames close the socket.
 */
export class EventSocket {
  readonly #wss = new WebSocketServer({
    noServer: true,
    maxPayload: 1024,
    clientTracking: true,
    // Answer with our own subprotocol, never the token one the page offered beside it.
    handleProtocols: (offered) => (offered.has(EVENT_SOCKET_PROTOCOL) ? EVENT_SOCKET_PROTOCOL : false),
  });
  readonly #off: () => void;

  constructor(events: EventHub) {
    this.#off = events.onAny((event, payload) => {
      const message = JSON.stringify({ event, payload });
      for (const client of this.#wss.clients) if (client.readyState === client.OPEN) client.send(message);
    });
  }

  /** Completes an upgrade the server has already checked (Host, Origin, token). */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.#wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      ws.on('message', () => {});
      ws.on('error', () => ws.terminate());
    });
  }

  close(): void {
    this.#off();
    for (const client of this.#wss.clients) client.terminate();
    this.#wss.close();
  }
}
