import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import type { ProjectService } from '../../../../main/service/project-service';
import type { SyncStatus } from '../../../../shared/ipc/sync-views';
import { annotatorProject, savedLayers, savedProject, syncOf } from '../../../support/sync-projects';
import { cuttableProxy, useSyncServer } from '../../../support/sync-server';
import { inState, watchSyncStatus } from '../../../support/sync-status-watch';
import { useTempDirs } from '../../../support/temp-dir';

const server = useSyncServer();
const tempDir = useTempDirs();
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** An annotator's project and the handler table the page calls, its sync stopped after the test. */
async function annotator(dir: string, name: string) {
  const project = await annotatorProject(dir, name);
  const handlers = createCallHandlers(project.service, noDialogs);
  cleanups.push(() => project.service.sync.stop());
  const call = async <T>(name: 'startSync' | 'stopSync' | 'getSyncStatus', input: object = {}) => {
    const result = await dispatchCall(handlers, name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  return { ...project, handlers, status: watchSyncStatus(project.service), call };
}

/** An account on the server (an admin: pouchdb-server's simplest), removed again by the function returned. */
async function serverAccount(name: string, password: string): Promise<() => Promise<unknown>> {
  await fetch(`${server.url}_config/admins/${name}`, { method: 'PUT', body: JSON.stringify(password) });
  const authorization = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
  return () => fetch(`${server.url}_config/admins/${name}`, { method: 'DELETE', headers: { authorization } });
}

const arrivedFrom = (service: ProjectService, annotatorId: string, count: number) =>
  new Promise<void>((done) => {
    let seen = 0;
    service.events.on('projectChanged', ({ change }) => {
      seen += change.annotations.added.filter((a) => a.annotator === annotatorId).length;
      if (seen >= count) done();
    });
  });

describe('syncing from the app (startSync, stopSync, getSyncStatus, syncStatus events)', () => {
  it('goes offline when the server goes away mid-sync, retries, and catches up with nothing lost or doubled', async () => {
    const dir = await tempDir();
    const proxy = await cuttableProxy(server.url);
    cleanups.push(() => proxy.close());
    const ana = await annotator(dir, 'ana');
    const ben = await annotator(dir, 'ben');
    ana.service.createAnnotation({ documentId: ana.documentId, start: 4, end: 12, label: 'actor' });
    const benSync = await syncOf(ben.service, server.url, 'app-cut');
    cleanups.push(() => benSync.close());

    const started = await ana.call<SyncStatus>('startSync', { url: proxy.url, database: 'app-cut', live: true });
    expect(started.address).toEqual({ server: proxy.url, database: 'app-cut', live: true });
    const firstSynced = await ana.status.until(inState('synced'));
    expect(firstSynced.lastSyncedAt).not.toBeNull();
    expect(ana.status.seen.map((s) => s.activity.state)).toContain('connecting');

    proxy.cut();
    ben.service.createAnnotation({ documentId: ben.documentId, start: 33, end: 36, label: 'figure' });
    await benSync.syncOnce(); // straight to the server, while ana's way there is cut
    const offline = await ana.status.until(inState('offline'));
    expect(offline.activity).toMatchObject({ problem: expect.stringContaining(proxy.url) });
    expect(Date.parse((offline.activity as { nextTryAt: string }).nextTryAt)).not.toBeNaN();
    ana.service.createAnnotation({ documentId: ana.documentId, start: 67, end: 95, label: 'claim' });

    const benArrived = arrivedFrom(ana.service, 'ben', 1);
    proxy.restore();
    await benArrived;
    await ana.status.until((s) => s.activity.state === 'synced' && s.lastSyncedAt !== firstSynced.lastSyncedAt);
    const stopped = await ana.call<SyncStatus>('stopSync');
    expect(stopped.activity).toEqual({ state: 'idle' });
    await benSync.syncOnce();

    const anaLayers = await savedLayers(ana.service, ana.path);
    expect(await savedLayers(ben.service, ben.path)).toEqual(anaLayers);
    expect(Object.keys(anaLayers.ana!)).toHaveLength(2);
    expect(Object.keys(anaLayers.ben!)).toHaveLength(1);
    expect((await savedProject(ana.service, ana.path)).annotations).toHaveLength(3);
    expect((await savedProject(ben.service, ben.path)).annotations).toHaveLength(3);
  }, 60_000);

  it('keeps the account out of every status, event and the settings, and remembers the address per project', async () => {
    const dir = await tempDir();
    const ana = await annotator(dir, 'ana');
    cleanups.push(await serverAccount('ana', 's3cret-pw'));
    const url = server.url.replace('http://', 'http://ana:s3cret-pw@');

    await ana.call('startSync', { url, database: 'app-remember', live: false });
    const synced = await ana.status.until((s) => s.activity.state === 'synced' || s.activity.state === 'error');
    expect(synced.activity).toEqual({ state: 'synced' });
    await ana.service.closeProject();
    await ana.service.openProject(ana.path);
    const offered = await ana.call<SyncStatus>('getSyncStatus');

    expect(synced.address).toEqual({ server: server.url, database: 'app-remember', live: false });
    expect(offered).toMatchObject({ activity: { state: 'idle' }, address: synced.address });
    expect(JSON.stringify(ana.status.seen)).not.toContain('s3cret');
    const settings = await readFile(join(dir, 'ana-data', 'settings.json'), 'utf8');
    expect(settings).toContain('app-remember');
    expect(settings).not.toContain('s3cret');
  });

  it('says what is wrong, naming the server: nothing listening, a server that is not CouchDB, a refused account', async () => {
    const dir = await tempDir();
    const ana = await annotator(dir, 'ana');
    cleanups.push(await serverAccount('lead', 'right-pw'));
    // A port nobody listens on: taken from the system, then let go.
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    const nobody = `http://127.0.0.1:${(probe.address() as { port: number }).port}/`;
    await new Promise((done) => probe.close(done));
    const refusedAccount = server.url.replace('http://', 'http://lead:wrong-pw@');

    const unreachable = await ana.call<SyncStatus>('startSync', { url: nobody, live: true });
    expect(unreachable.activity).toEqual({
      state: 'error',
      message: expect.stringMatching(new RegExp(`Could not reach ${nobody}.*ECONNREFUSED`)),
    });
    const notCouchServer = createServer((_req, res) => res.end('<html>a web site</html>'));
    await new Promise<void>((done) => notCouchServer.listen(0, '127.0.0.1', done));
    cleanups.push(() => new Promise((done) => notCouchServer.close(done)));
    const site = `http://127.0.0.1:${(notCouchServer.address() as { port: number }).port}/`;
    expect((await ana.call<SyncStatus>('startSync', { url: site, live: true })).activity).toEqual({
      state: 'error',
      message: `${site} is not a CouchDB server (its answer is not CouchDB's welcome).`,
    });
    const refused = await ana.call<SyncStatus>('startSync', { url: refusedAccount, live: true });
    expect(refused.activity).toEqual({ state: 'error', message: `${server.url} refused the user name or password.` });
    expect(JSON.stringify(ana.status.seen)).not.toContain('wrong-pw');
    const bad = await dispatchCall(ana.handlers, 'startSync', { url: 'couch.example.org', live: true });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('stops when the project is closed, after sending the last edit', async () => {
    const dir = await tempDir();
    const ana = await annotator(dir, 'ana');
    const ben = await annotator(dir, 'ben');
    await ana.call('startSync', { url: server.url, database: 'app-close', live: true });
    await ana.status.until(inState('synced'));

    ana.service.createAnnotation({ documentId: ana.documentId, start: 4, end: 12, label: 'actor' });
    await ana.service.closeProject();

    expect(ana.status.seen.at(-1)?.activity).toEqual({ state: 'idle' });
    const benSync = await syncOf(ben.service, server.url, 'app-close');
    cleanups.push(() => benSync.close());
    expect((await benSync.syncOnce()).down).toMatchObject({ put: 1 });
    expect(Object.keys((await savedLayers(ben.service, ben.path)).ana!)).toHaveLength(1);
  });
});
