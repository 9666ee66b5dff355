import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { startBrowserServer, type BrowserServer } from '../../../../main/server/browser-server';
import { ServerDialogs } from '../../../../main/server/server-dialogs';
import { ProjectService } from '../../../../main/service/project-service';
import { ProjectStore } from '../../../../main/store/project-store';
import type { ExportOutcome } from '../../../../shared/ipc/views';
import { smallProject } from '../../../support/project-fixtures';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');
const running: { server: BrowserServer; service: ProjectService; dialogs: ServerDialogs }[] = [];

afterEach(async () => {
  for (const { server, service, dialogs } of running.splice(0)) {
    await server.close();
    await service.closeProject();
    await dialogs.downloads.removeAll();
  }
});

/** The real browser-mode server over the small project, with or without --export-dir. */
async function start(exportDir?: string) {
  const dir = await tempDir();
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Tagwright</title>');
  const projectsDir = join(dir, 'projects');
  await mkdir(projectsDir);
  const projectPath = join(projectsDir, 'small.tagwright');
  await (await ProjectStore.create(projectPath, smallProject())).flush();
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5 });
  await service.openProject(projectPath);
  const dialogs = new ServerDialogs({ projectsDir, projectFiles: [], ...(exportDir ? { exportDir } : {}) });
  const server = await startBrowserServer({
    handlers: createCallHandlers(service, dialogs),
    events: service.events,
    rendererDir,
    downloads: dialogs.downloads,
  });
  running.push({ server, service, dialogs });
  const call = async (name: string, body: unknown) =>
    (await (
      await fetch(`${server.origin}/api/call/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Tagwright-Token': server.token },
        body: JSON.stringify(body),
      })
    ).json()) as { ok: boolean; value: unknown; error?: { code: string; message: string } };
  return { dir, server, dialogs, call };
}

/** A raw GET (fetch will not send a path with `..` as written). */
function rawGet(origin: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    const req = request({ hostname, port, path, headers });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const jsonlLines = (bytes: Buffer) =>
  bytes
    .toString('utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { annotations?: { start: number; end: number; quote: string }[] });

describe('browser-mode export without --export-dir: a download', () => {
  it('exports JSONL for download; GET /api/export/ID streams exactly those bytes', async () => {
    const { server, call } = await start();
    const result = await call('exportCorpus', { format: 'jsonl', documents: 'all' });
    expect(result.ok).toBe(true);
    const outcome = result.value as ExportOutcome;
    expect(outcome.download).toEqual({
      url: expect.stringMatching(/^\/api\/export\/[\w-]{22}$/),
      fileName: 'Small.jsonl',
    });
    expect(outcome.onServer).toBeUndefined();

    const response = await rawGet(server.origin, outcome.download!.url);
    expect(response.status).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Small.jsonl"; filename*=UTF-8''Small.jsonl`,
    );
    expect(response.body.equals(await readFile(outcome.path))).toBe(true);
    expect(response.body.length).toBe(outcome.bytes);
    // The spans as the project holds them (both lie before the text's emoji, so code points = UTF-16 units).
    const [, document] = jsonlLines(response.body);
    expect(document!.annotations!.map((a) => [a.start, a.end, a.quote])).toEqual([
      [0, 7, 'Armenia'],
      [28, 31, '25%'],
    ]);
  });

  it('serves a download to the link the page was given, refuses it from another site and for ids it never gave', async () => {
    const { server, call } = await start();
    const outcome = (await call('exportCorpus', { format: 'csv', documents: 'all' })).value as ExportOutcome;
    const url = outcome.download!.url;
    // A followed link carries no header: the random id, handed only to a page with the token, grants it.
    expect((await rawGet(server.origin, url)).status).toBe(200);
    expect((await rawGet(server.origin, url, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await rawGet(server.origin, url, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    for (const path of [
      '/api/export/AAAAAAAAAAAAAAAAAAAAAA',
      '/api/export/..%2F..%2Fetc%2Fpasswd',
      '/api/export/../../etc/passwd',
      `/api/export/${encodeURIComponent(outcome.path)}`,
    ]) {
      const response = await rawGet(server.origin, path);
      // Refused: unknown ids are not found; what is no download address at all needs the token.
      expect([401, 404], path).toContain(response.status);
      expect(response.body.toString()).not.toContain('root:');
    }
    const post = await fetch(`${server.origin}${url}`, { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('refuses folder formats, telling the user to restart with --export-dir', async () => {
    const { call } = await start();
    const result = await call('exportCorpus', { format: 'brat', documents: 'all' });
    expect(result.ok).toBe(false);
    expect(result.error!.message).toMatch(/restart with `tagwright serve --export-dir FOLDER`/i);
  });
});

describe('browser-mode export with --export-dir: files on the server', () => {
  it('writes a fresh file or folder inside the export folder, never over an existing one', async () => {
    const exportDir = join(await tempDir(), 'exports');
    const { call } = await start(exportDir);
    const first = (await call('exportCorpus', { format: 'jsonl', documents: 'all' })).value as ExportOutcome;
    const second = (await call('exportCorpus', { format: 'jsonl', documents: 'all' })).value as ExportOutcome;
    expect([first.path, second.path]).toEqual([join(exportDir, 'Small.jsonl'), join(exportDir, 'Small 2.jsonl')]);
    expect(first.onServer).toBe(true);
    expect(first.download).toBeUndefined();
    expect(await readFile(second.path)).toEqual(await readFile(first.path));

    const brat = (await call('exportCorpus', { format: 'brat', documents: 'all' })).value as ExportOutcome;
    expect(brat.path).toBe(join(exportDir, 'Small'));
    // Named after the document's source file, a.txt.
    expect((await readdir(brat.path)).sort()).toEqual(['a.ann', 'a.txt', 'annotation.conf', 'visual.conf']);
    expect(await readFile(join(brat.path, 'a.ann'), 'utf8')).toBe('T1\tactor 0 7\tArmenia\nT2\tfigure 28 31\t25%\n');
    // Show files: no file manager on the server's side; the page lists the paths it gets back.
    expect(await call('showExportedFiles', {})).toEqual({ ok: true, value: brat.files });
    expect(brat.files.every((f) => dirname(f) === brat.path)).toBe(true);
  });

  it('keeps names from the project inside the export folder (separators, dots, links)', async () => {
    const dir = await tempDir();
    const exportDir = join(dir, 'exports');
    const outside = join(dir, 'outside');
    await mkdir(outside);
    const dialogs = new ServerDialogs({ projectsDir: join(dir, 'p'), projectFiles: [], exportDir });
    expect(await dialogs.chooseExportDestination('jsonl', 'file', '../../evil.jsonl')).toBe(
      join(exportDir, 'evil.jsonl'),
    );
    expect(await dialogs.chooseExportDestination('brat', 'folder', '..')).toBe(join(exportDir, 'corpus'));
    expect(await dialogs.chooseExportDestination('csv', 'file', '/etc/passwd.csv')).toBe(join(exportDir, 'passwd.csv'));
    // A name taken by a link to elsewhere is skipped, not written through.
    await symlink(outside, join(exportDir, 'linked'));
    expect(await dialogs.chooseExportDestination('brat', 'folder', 'linked')).toBe(join(exportDir, 'linked 2'));
    await symlink(join(outside, 'not-yet.csv'), join(exportDir, 'dangling.csv'));
    expect(await dialogs.chooseExportDestination('csv', 'file', 'dangling.csv')).toBe(
      join(exportDir, 'dangling 2.csv'),
    );
    expect(existsSync(join(outside, 'linked 2'))).toBe(false);
    for (const path of [join(exportDir, 'evil.jsonl'), join(exportDir, 'linked 2')]) {
      expect(await dialogs.isAllowedPath(path)).toBe(true);
    }
    expect(dialogs.exportDelivery(join(exportDir, 'corpus'))).toEqual({ onServer: true });
  });
});
