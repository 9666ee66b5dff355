import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { startBrowserServer, type BrowserServer } from '../../../../main/server/browser-server';
import { ServerDialogs } from '../../../../main/server/server-dialogs';
import { ProjectService } from '../../../../main/service/project-service';
import { ProjectStore } from '../../../../main/store/project-store';
import { smallProject } from '../../../support/project-fixtures';
import { useTempDirs } from '../../../support/temp-dir';
import { parseProjectFile } from '../../../../main/store/parse-project-file';
import type { ProjectChange, ProjectChangeEvent } from '../../../../shared/ipc/views';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');
const running: { server: BrowserServer; service: ProjectService }[] = [];

afterEach(async () => {
  for (const { server, service } of running.splice(0)) {
    await service.flush();
    await server.close();
  }
});

/** A real server on 127.0.0.1:0 over a small project in a temp folder, and a stand-in renderer. */
async function start() {
  const dir = await tempDir();
  const rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Tagwright</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  const projectsDir = join(dir, 'projects');
  await mkdir(projectsDir);
  const projectPath = join(projectsDir, 'small.tagwright');
  await (await ProjectStore.create(projectPath, smallProject())).flush();
  const outside = join(dir, 'elsewhere.tagwright');
  await (await ProjectStore.create(outside, smallProject())).flush();

  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
  await service.openProject(projectPath);
  const dialogs = new ServerDialogs({ projectsDir, projectFiles: [] });
  const server = await startBrowserServer({
    handlers: createCallHandlers(service, dialogs),
    events: service.events,
    rendererDir,
  });
  running.push({ server, service });
  const auth = { 'X-Tagwright-Token': server.token };
  const savedBytes = async () => {
    await service.flush();
    return readFile(projectPath);
  };
  return { dir, server, service, projectPath, outside, auth, savedBytes, base: server.origin };
}

const labelPassage = { documentId: 'doc1', start: 8, end: 16, label: 'claim' };

function post(base: string, name: string, body: unknown, headers: Record<string, string>) {
  return fetch(`${base}/api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A raw request, for what fetch will not send (a forged Host, a path with ..). */
function rawRequest(
  base: string,
  options: { method?: string; path: string; headers?: Record<string, string | number>; body?: string },
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const req = request({
      hostname,
      port,
      method: options.method ?? 'GET',
      path: options.path,
      headers: options.headers,
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('browser-mode server', () => {
  it('answers a valid call with the token and saves what it did', async () => {
    const { base, auth, savedBytes } = await start();
    const response = await post(base, 'createAnnotation', labelPassage, auth);
    expect(response.status).toBe(200);
    const result = (await response.json()) as { ok: boolean; value: ProjectChange };
    expect(result.ok).toBe(true);
    expect(result.value.annotations.added[0]!.quote).toBe('provided');
    const saved = parseProjectFile((await savedBytes()).toString('utf8'), 'saved.tagwright').project;
    expect(saved.annotations.map((a) => a.quote)).toContain('provided');
  });

  it('takes the token from the X-Tagwright-Token or Authorization header too', async () => {
    const { base, server } = await start();
    const headerSets: Record<string, string>[] = [
      { 'X-Tagwright-Token': server.token },
      { Authorization: `Bearer ${server.token}` },
    ];
    for (const headers of headerSets) {
      const result = await (await post(base, 'getSession', {}, headers)).json();
      expect(result).toMatchObject({ ok: true, value: { project: { name: 'Small' } } });
    }
  });

  it('refuses calls with a missing or wrong token, another Origin, another Host, and changes nothing', async () => {
    const { base, server, auth, savedBytes, service } = await start();
    const before = await savedBytes();
    const { port } = new URL(base);
    const body = JSON.stringify(labelPassage);
    const attempts: [string, Promise<{ status: number }>, number][] = [
      ['no token', post(base, 'createAnnotation', labelPassage, {}), 401],
      ['wrong token', post(base, 'createAnnotation', labelPassage, { Authorization: 'Bearer nope' }), 403],
      // Cookies ignore ports, so the token is never taken from one (another local server would get it).
      [
        'token in a cookie',
        post(base, 'createAnnotation', labelPassage, { Cookie: `tagwright-token-${port}=${server.token}` }),
        401,
      ],
      [
        'wrong header token',
        post(base, 'createAnnotation', labelPassage, { 'X-Tagwright-Token': 'x'.repeat(43) }),
        403,
      ],
      ['token in the query', post(`${base}`, `createAnnotation?token=${server.token}`, labelPassage, {}), 401],
      ['other Origin', post(base, 'createAnnotation', labelPassage, { ...auth, Origin: 'http://evil.test' }), 403],
      [
        'other port Origin',
        post(base, 'createAnnotation', labelPassage, { ...auth, Origin: 'http://127.0.0.1:1' }),
        403,
      ],
      [
        'cross-site fetch',
        post(base, 'createAnnotation', labelPassage, { ...auth, 'Sec-Fetch-Site': 'cross-site' }),
        403,
      ],
      [
        'rebound Host',
        rawRequest(base, {
          method: 'POST',
          path: '/api/call/createAnnotation',
          headers: { Host: `evil.test:${port}`, ...auth, 'Content-Type': 'application/json' },
          body,
        }),
        403,
      ],
      [
        'Host without the port',
        rawRequest(base, {
          method: 'POST',
          path: '/api/call/createAnnotation',
          headers: { Host: '127.0.0.1', ...auth, 'Content-Type': 'application/json' },
          body,
        }),
        403,
      ],
      ['not JSON', post(base, 'createAnnotation', body, { ...auth, 'Content-Type': 'text/plain' }), 415],
      ['broken JSON', post(base, 'createAnnotation', '{"documentId":', auth), 400],
      ['GET a call', fetch(`${base}/api/call/createAnnotation`, { headers: auth }), 405],
      ['unknown call', post(base, 'dropEverything', {}, auth), 404],
    ];
    for (const [what, attempt, status] of attempts) {
      expect({ what, status: (await attempt).status }).toEqual({ what, status });
    }
    expect(service.getDocument('doc1').annotations).toHaveLength(2);
    expect(await savedBytes()).toEqual(before);
  });

  it('refuses oversized bodies before they reach a handler', async () => {
    const { base, auth, savedBytes } = await start();
    const before = await savedBytes();
    const huge = { ...labelPassage, note: 'x'.repeat(1024 * 1024) };
    const refused = await post(base, 'createAnnotation', huge, auth);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // An import may be large, but not beyond its limit: refused by the declared length alone.
    const declared = await rawRequest(base, {
      method: 'POST',
      path: '/api/call/importDocumentFiles',
      headers: {
        Host: new URL(base).host,
        ...auth,
        'Content-Type': 'application/json',
        'Content-Length': 80 * 1024 * 1024,
      },
    }).catch(() => ({ status: 413 }));
    expect(declared.status).toBe(413);
    expect(await savedBytes()).toEqual(before);
  });

  it('refuses paths outside the folders allowed on the command line', async () => {
    const { base, auth, savedBytes, outside, service, projectPath } = await start();
    const before = await savedBytes();
    for (const path of [outside, '/etc/passwd', `${projectPath}/../../elsewhere.tagwright`]) {
      const result = await (await post(base, 'openProjectFile', { path }, auth)).json();
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // Even a recent project is refused when it lies outside (the recent list is shared with the app).
    await service.settings.addRecent(outside, 'Elsewhere');
    const recent = await (await post(base, 'openRecentProject', { path: outside }, auth)).json();
    expect(recent).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(service.projectPath).toBe(projectPath);
    expect(await savedBytes()).toEqual(before);
  });

  it('lists the project files of the projects folder and opens one of them', async () => {
    const { base, auth, projectPath } = await start();
    const list = (await (await post(base, 'listProjectFiles', {}, auth)).json()) as {
      value: { path: string; name: string }[];
    };
    expect(list.value.map((f) => f.name)).toEqual(['small']);
    const opened = await (await post(base, 'openProjectFile', { path: projectPath }, auth)).json();
    expect(opened).toMatchObject({ ok: true, value: { path: projectPath } });
  });

  it('serves the built page to any request of its own site, never sets a cookie, never lists folders', async () => {
    const { base, server } = await start();
    const first = await fetch(`${base}/?token=${server.token}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('set-cookie')).toBeNull();
    expect(first.headers.get('content-security-policy')).toContain("script-src 'self'");
    // A reload has no token in its address (the page took it out); the page keeps it itself.
    expect((await fetch(`${base}/`)).status).toBe(200);
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(200);
    // An address with a wrong token is refused at once, so an old address says why it fails.
    expect((await fetch(`${base}/?token=wrong`)).status).toBe(403);
    expect((await fetch(`${base}/assets/`)).status).toBe(404);
    const escape = await rawRequest(base, {
      path: '/../../../../../../etc/passwd',
      headers: { Host: new URL(base).host },
    });
    expect(escape.status).toBe(404);
    expect(escape.body).not.toContain('root:');
    // Host and Origin checks still hold for the page itself.
    const rebound = await rawRequest(base, { path: '/', headers: { Host: 'evil.test' } });
    expect(rebound.status).toBe(403);
    expect((await fetch(`${base}/`, { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
  });

  it('forwards main events over the WebSocket, and refuses a socket without the token', async () => {
    const { base, server } = await start();
    const wsUrl = `${base.replace('http', 'ws')}/api/events`;
    const protocols = ['tagwright', `tagwright-token.${server.token}`];
    const refused = await new Promise<number>((done) => {
      const ws = new WebSocket(wsUrl, { origin: base });
      ws.on('unexpected-response', (_req, res) => done(res.statusCode ?? 0));
      ws.on('open', () => done(101));
      ws.on('error', () => {});
    });
    expect(refused).toBe(401);
    const crossSite = await new Promise<number>((done) => {
      const ws = new WebSocket(wsUrl, protocols, { origin: 'http://evil.test' });
      ws.on('unexpected-response', (_req, res) => done(res.statusCode ?? 0));
      ws.on('open', () => done(101));
      ws.on('error', () => {});
    });
    expect(crossSite).toBe(403);

    const wrongToken = await new Promise<number>((done) => {
      const ws = new WebSocket(wsUrl, ['tagwright', 'tagwright-token.nope'], { origin: base });
      ws.on('unexpected-response', (_req, res) => done(res.statusCode ?? 0));
      ws.on('open', () => done(101));
      ws.on('error', () => {});
    });
    expect(wrongToken).toBe(403);

    // The page's way: the token as a subprotocol; the server answers with its own, never the token.
    const ws = new WebSocket(wsUrl, protocols, { origin: base });
    await new Promise((done) => ws.once('open', done));
    expect(ws.protocol).toBe('tagwright');
    const received = new Promise<{ event: string; payload: ProjectChangeEvent }>((done) =>
      ws.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { event: string; payload: ProjectChangeEvent };
        if (message.event === 'projectChanged') done(message);
      }),
    );
    // The page's id travels with its calls, and the event names it (so that page applies its change once).
    const pageId = 'c0ffee'.padEnd(32, '0');
    await post(base, 'createAnnotation', labelPassage, {
      'X-Tagwright-Token': server.token,
      'X-Tagwright-Window': pageId,
    });
    const message = await received;
    expect(message.payload.change.annotations.added[0]!.quote).toBe('provided');
    expect(message.payload.origin).toBe(`page-${pageId}`);
    ws.close();
  });
});
