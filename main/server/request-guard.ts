import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER, TOKEN_PROTOCOL_PREFIX } from '../../shared/ipc/browser-transport';

/** Why a request was refused: an HTTP status and a sentence for the user (never the token). */
export interface Refusal {
  status: 400 | 401 | 403 | 404 | 405 | 413 | 415;
  message: string;
}

/** A fresh secret per server start: 32 random bytes, URL-safe. */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Decides whether a request may reach Tagwright. Every page the user visits can send requests to
 * 127.0.0.1, so: the Host must be ours (DNS rebinding), an Origin must be ours (cross-site
 * requests), and the per-start token must come with every call and event socket: in a header, or
 * (the socket) a subprotocol. Never in a cookie: cookies ignore ports, so every other program
 * serving 127.0.0.1 would receive it.
 */
export class RequestGuard {
  readonly #tokenDigest: Buffer;
  readonly #hosts: Set<string>;

  constructor(
    token: string,
    /** host:port pairs the server answers to, lower case (e.g. 127.0.0.1:4000, localhost:4000). */
    hosts: Iterable<string>,
  ) {
    this.#tokenDigest = digest(token);
    this.#hosts = new Set([...hosts].map((h) => h.toLowerCase()));
  }

  /** Host and Origin checks; null when both are ours. */
  checkSite(req: IncomingMessage): Refusal | null {
    const host = req.headers.host?.toLowerCase();
    if (!host || !this.#hosts.has(host)) {
      return { status: 403, message: 'This server answers only to its own address (the Host header is wrong).' };
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) {
      return { status: 403, message: 'Requests from other sites are refused (the Origin header is not this server).' };
    }
    const fetchSite = req.headers['sec-fetch-site'];
    if (fetchSite === 'cross-site' || fetchSite === 'same-site') {
      return { status: 403, message: 'Requests from other sites are refused.' };
    }
    return null;
  }

  /** Token check for calls and the event socket; null when the token is right. */
  checkToken(req: IncomingMessage): Refusal | null {
    const given = this.tokenFromHeaders(req);
    if (given === null) {
      return { status: 401, message: 'Open Tagwright with the address `tagwright serve` printed (it has a token).' };
    }
    return this.matches(given) ? null : { status: 403, message: 'The access token is wrong or from an earlier start.' };
  }

  /** Whether `given` is this start's token, compared in constant time. */
  matches(given: string): boolean {
    return timingSafeEqual(digest(given), this.#tokenDigest);
  }

  /** The token from `Authorization: Bearer`, `X-Tagwright-Token` or the socket's subprotocol, if any. */
  tokenFromHeaders(req: IncomingMessage): string | null {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
    const header = req.headers[TOKEN_HEADER.toLowerCase()];
    if (typeof header === 'string') return header;
    return tokenFromSubprotocols(req.headers['sec-websocket-protocol']);
  }
}

/** `tagwright-token.<token>` among a WebSocket's offered subprotocols. */
function tokenFromSubprotocols(header: string | undefined): string | null {
  for (const protocol of header?.split(',') ?? []) {
    const name = protocol.trim();
    if (name.startsWith(TOKEN_PROTOCOL_PREFIX)) return name.slice(TOKEN_PROTOCOL_PREFIX.length);
  }
  return null;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
