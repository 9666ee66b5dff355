import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

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
 * requests), and the per-start token must come with the request (cookie or header; the query
 * string only on the first page load).
 */
export class RequestGuard {
  readonly #tokenDigest: Buffer;
  readonly #hosts: Set<string>;

  constructor(
    token: string,
    /** host:port pairs the server answers to, lower case (e.g. 127.0.0.1:4000, localhost:4000). */
    hosts: Iterable<string>,
    /** The cookie that carries the token; named per port because cookies ignore ports. */
    readonly cookieName: string,
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

  /** Token check for everything but the first page load; null when the token is right. */
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

  /** The token from `Authorization: Bearer`, `X-Tagwright-Token` or our cookie, if any. */
  tokenFromHeaders(req: IncomingMessage): string | null {
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
    const header = req.headers['x-tagwright-token'];
    if (typeof header === 'string') return header;
    return readCookie(req.headers.cookie, this.cookieName);
  }

  /** Set-Cookie value that carries the token after the first page load: script cannot read it. */
  tokenCookie(token: string): string {
    return `${this.cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict`;
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
