import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { basename } from 'node:path';
import type { Duplex } from 'node:stream';
import type { ErrorCode, Result } from '../../shared/ipc/result';
import type { CallHandlers } from '../ipc/call-handlers';
import { dispatchCall } from '../ipc/dispatch-call';
import type { EventHub } from '../service/event-hub';
import { CONTENT_SECURITY_POLICY } from '../shell/window-options';
import { EVENT_SOCKET_PATH } from '../../shared/ipc/browser-transport';
import { WINDOW_HEADER, windowIdFromHeader } from '../../shared/ipc/page-window-id';
import { EventSocket } from './event-socket';
import { MAX_CALL_BODY_BYTES, MAX_IMPORT_BODY_BYTES, readJsonBody } from './read-json-body';
import { newAccessToken, RequestGuard, type Refusal } from './request-guard';
import { readStaticFile } from '../io/static-files';

export const LOOPBACK_HOST = '127.0.0.1';

export interface BrowserServerOptions {
  /** The same handler table Electron binds (createCallHandlers). */
  handlers: CallHandlers;
  events: EventHub;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Address to bind; 127.0.0.1 unless the user widened it. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Tests may fix the token; otherwise a fresh one per start. */
  token?: string;
  /** Finished exports the page may download by id (`GET /api/export/ID`): ServerDialogs' downloads. */
  downloads?: { pathOf(id: string): string | null };
}

export interface BrowserServer {
  /** The address to open, with the token: never log it anywhere but the user's own terminal. */
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const CALL_PATH = /^\/api\/call\/([A-Za-z]{1,64})$/;
const DOWNLOAD_PATH = /^\/api\/export\/([^/]{1,64})$/;

/**
 * Tagwright in a browser tab: the built renderer, the contract's calls as `POST /api/call/NAME`
 * (JSON in, Result JSON out, through the same dispatchCall as Electron's IPC) and main's events
 * over a WebSocket at `/api/events`. Every request passes the RequestGuard first.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const token = options.token ?? newAccessToken();
  const bindHost = options.host ?? LOOPBACK_HOST;
  // Set once listening: the guard checks the Host header against the port the system gave.
  let guard: RequestGuard | null = null;
  const events = new EventSocket(options.events);

  const server = createServer((req, res) => {
    void answerRequest(req, res, options, guard!).catch(() => {
      if (!res.headersSent) sendJson(res, 500, failure('internal', 'The server failed to answer.'));
      else res.destroy();
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refusal = eventSocketRefusal(req, guard!);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal.status} Refused\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    events.accept(req, socket, head);
  });

  await listen(server, options.port ?? 0, bindHost);
  const { port } = server.address() as AddressInfo;
  guard = new RequestGuard(token, allowedHosts(bindHost, port));
  const origin = `http://${hostForUrl(bindHost === '0.0.0.0' || bindHost === '::' ? LOOPBACK_HOST : bindHost)}:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Why a WebSocket upgrade is refused (wrong site, token or path); null to accept it. */
function eventSocketRefusal(req: IncomingMessage, guard: RequestGuard): Refusal | null {
  const path = new URL(req.url ?? '/', 'http://placeholder').pathname;
  return (
    guard.checkSite(req) ??
    guard.checkToken(req) ??
    (path === EVENT_SOCKET_PATH ? null : ({ status: 404, message: 'Not found.' } satisfies Refusal))
  );
}

/** One HTTP request, past the site check: an API call or download, or a file of the built renderer. */
async function answerRequest(
  req: IncomingMessage,
  res: ServerResponse,
  options: BrowserServerOptions,
  guard: RequestGuard,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://placeholder');
  const isApi = url.pathname.startsWith('/api/');
  const refuse = (refusal: Refusal) =>
    isApi ? sendJson(res, refusal.status, failure(codeOf(refusal), refusal.message)) : sendText(res, refusal);
  const siteRefusal = guard.checkSite(req);
  if (siteRefusal) return refuse(siteRefusal);
  if (!isApi) return answerPage(req, res, url, options.rendererDir, guard, refuse);
  // A download is a link the browser follows (no header can go with it): its random id,
  // handed only to a page that had the token, is what grants it.
  const download = DOWNLOAD_PATH.exec(url.pathname);
  if (download) return sendDownload(req, res, options.downloads?.pathOf(download[1]!) ?? null, refuse);
  const tokenRefusal = guard.checkToken(req);
  if (tokenRefusal) return refuse(tokenRefusal);
  const match = CALL_PATH.exec(url.pathname);
  if (!match) return refuse({ status: 404, message: `There is nothing at ${url.pathname}.` });
  if (req.method !== 'POST') return refuse({ status: 405, message: 'Calls are POST requests.' });
  return answerCall(req, res, match[1]!, options.handlers, refuse);
}

/** `POST /api/call/NAME`: the JSON body through dispatchCall, its Result as JSON. */
async function answerCall(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  handlers: CallHandlers,
  refuse: (refusal: Refusal) => void,
): Promise<void> {
  const isImport = name === 'importDocumentFiles';
  const body = await readJsonBody(req, isImport ? MAX_IMPORT_BODY_BYTES : MAX_CALL_BODY_BYTES);
  if (!body.ok) {
    res.setHeader('Connection', 'close');
    const tooLargeImport = isImport && body.refusal.status === 413;
    return refuse(
      tooLargeImport
        ? { status: 413, message: `${body.refusal.message} Import these files in smaller groups.` }
        : body.refusal,
    );
  }
  const origin = windowIdFromHeader(req.headers[WINDOW_HEADER.toLowerCase()]);
  const result = await dispatchCall(handlers, name, body.value, origin);
  const status = !result.ok && result.error.code === 'unknown-call' ? 404 : 200;
  sendJson(res, status, result);
}

/** A file of the built renderer (GET or HEAD). */
async function answerPage(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  rendererDir: string,
  guard: RequestGuard,
  refuse: (refusal: Refusal) => void,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return refuse({ status: 405, message: 'Only GET is served here.' });
  // The built renderer is the same public bundle for everyone, so it is served without the
  // token (a page or script tag cannot send headers); the page then reads the token from its
  // address and sends it with every call. An address with a wrong token is refused at once.
  const queryToken = url.searchParams.get('token');
  if (queryToken !== null && !guard.matches(queryToken))
    return refuse({ status: 403, message: 'The access token is wrong or from an earlier start.' });
  const file = await readStaticFile(rendererDir, url.pathname);
  if (!file && url.pathname === '/favicon.ico') {
    // The browser asks on its own; an empty answer keeps the console free of 404s.
    res.writeHead(204, securityHeaders).end();
    return;
  }
  if (!file) return refuse({ status: 404, message: 'Not found.' });
  res.writeHead(200, { ...securityHeaders, 'Content-Type': file.contentType, 'Content-Length': file.body.length });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

/** The Host headers this server answers to: loopback names, the bound host, and for a wildcard every local address. */
function allowedHosts(bindHost: string, port: number): string[] {
  const names = new Set(['127.0.0.1', 'localhost', '::1', bindHost]);
  if (bindHost === '0.0.0.0' || bindHost === '::') {
    names.add(hostname());
    for (const addresses of Object.values(networkInterfaces())) {
      for (const a of addresses ?? []) names.add(a.address);
    }
  }
  return [...names].map((name) => `${hostForUrl(name)}:${port}`);
}

function hostForUrl(name: string): string {
  return name.includes(':') ? `[${name}]` : name;
}

/** The Result code of a refusal, so the page can tell "not allowed" from "malformed". */
function codeOf(refusal: Refusal): ErrorCode {
  if (refusal.status === 401 || refusal.status === 403) return 'forbidden';
  return refusal.status === 404 ? 'unknown-call' : 'invalid-input';
}

function failure(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': body.length,
  });
  res.end(body);
}

/** Streams a finished export as an attachment; only ids the server handed out name a file. */
async function sendDownload(
  req: IncomingMessage,
  res: ServerResponse,
  path: string | null,
  refuse: (refusal: Refusal) => void,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return refuse({ status: 405, message: 'Downloads are GET requests.' });
  const info = path ? await stat(path).catch(() => null) : null;
  if (!path || !info?.isFile()) return refuse({ status: 404, message: 'There is no such export (or it was removed).' });
  const name = basename(path);
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'application/octet-stream',
    'Content-Length': info.size,
    // The ASCII fallback, then the exact name (RFC 6266 / 5987).
    'Content-Disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`,
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(path)
    .on('error', () => res.destroy())
    .pipe(res);
}

function sendText(res: ServerResponse, refusal: Refusal): void {
  const body = Buffer.from(`${refusal.message}\n`, 'utf8');
  res.writeHead(refusal.status, {
    ...securityHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
  });
  res.end(body);
}
