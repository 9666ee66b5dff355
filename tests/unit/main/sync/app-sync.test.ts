import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import type { ProjectService } from '../../../../main/service/project-service';
import { serverDatabase } from '../../../../main/sync/sync-pouch';
import { layerDocs } from '../../../../shared/sync/layer-docs';
import type { SyncStatus } from '../../../../shared/ipc/sync-views';
import { GOLD_ANNOTATOR, type Annotation } from '../../../../shared/model';
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
async function annotator(dir: string, name: string, text?: string) {
  const project = await annotatorProject(dir, name, text);
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
    expect(started.address).toEqual({ server: proxy.url, database: 'app-cut', live: true, curator: false });
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

    expect(synced.address).toEqual({ server: server.url, database: 'app-remember', live: false, curator: false });
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

const WORDS = 1000;
const WORD_TEXT = 'word '.repeat(WORDS);
const EVERY_WORD = Array.from({ length: WORDS }, (_, i) => ({ start: i * 5, end: i * 5 + 4, label: 'figure' }));

/** The project's schema with one label more (what the lead adds in the schema editor). */
function withLabel(service: ProjectService, id: string) {
  const schema = structuredClone(service.session().project!.schema);
  schema.labels.push({ id, name: 'Source', colour: '#225588', hotkeys: [], description: '', attributes: [] });
  return schema;
}

/** A saved project's gold layer as [start, end, label], sorted: a span twice would show twice. */
async function savedGold(peer: { service: ProjectService; path: string }) {
  const gold = (await savedProject(peer.service, peer.path)).annotations.filter((a) => a.annotator === GOLD_ANNOTATOR);
  return { ids: gold.map((a) => a.id).sort(), spans: gold.map((a: Annotation) => [a.start, a.end, a.label]).sort() };
}

/** The annotation documents on the server, by the layer that wrote them. */
async function serverLayers(database: string): Promise<Record<string, string[]>> {
  const { rows } = await serverDatabase(`${server.url}${database}`, null).allDocs({ include_docs: true });
  const layers: Record<string, string[]> = {};
  for (const { id, doc } of rows) if (id.startsWith('annotation:')) (layers[String(doc!.annotator)] ??= []).push(id);
  return layers;
}

describe('syncing from the app as the curator (the gold layer and the schema)', () => {
  it("sends the lead's gold and new label through a cut mid-sync, each once, and an annotator's copy receives them", async () => {
    const dir = await tempDir();
    const proxy = await cuttableProxy(server.url);
    cleanups.push(() => proxy.close());
    const [lead, ana, ben] = await Promise.all(['lead', 'ana', 'ben'].map((n) => annotator(dir, n, WORD_TEXT)));
    for (const peer of [ana!, ben!]) {
      peer.service.acceptSuggestions(peer.documentId, EVERY_WORD);
      const session = await syncOf(peer.service, server.url, 'app-gold');
      cleanups.push(() => session.close());
      await session.syncOnce();
    }
    const received = arrivedFrom(lead!.service, 'ben', WORDS);
    const started = await lead!.call<SyncStatus>('startSync', {
      url: proxy.url,
      database: 'app-gold',
      live: true,
      curator: true,
    });
    expect(started.address).toEqual({ server: proxy.url, database: 'app-gold', live: true, curator: true });
    await received;
    await lead!.status.until(inState('synced'));

    lead!.service.updateSchema(withLabel(lead!.service, 'source'));
    lead!.service.acceptAgreed(lead!.documentId);
    lead!.service.createAnnotation({ documentId: lead!.documentId, start: 0, end: 4, label: 'source', layer: 'gold' });
    // Cut in the middle of sending the gold layer: after the first batch (half of it), before the last.
    const goingUp = JSON.stringify(layerDocs(lead!.service.syncedProject(), { annotator: 'lead', curator: true }));
    proxy.cutAfterSending(goingUp.length * 0.7);
    const offline = await lead!.status.until(inState('offline'));
    expect(offline.address?.curator).toBe(true);
    const goldBeforeCut = (await serverLayers('app-gold'))[GOLD_ANNOTATOR]?.length ?? 0;
    expect(goldBeforeCut).toBeGreaterThan(0);
    expect(goldBeforeCut).toBeLessThan(WORDS + 1);
    proxy.restore();
    await lead!.status.until((s) => s.activity.state === 'synced' && s.lastSyncedAt !== offline.lastSyncedAt);
    await lead!.call('stopSync');

    const leadGold = await savedGold(lead!);
    expect(leadGold.ids).toHaveLength(WORDS + 1);
    expect(new Set(leadGold.spans.map(String)).size).toBe(WORDS + 1);
    expect((await serverLayers('app-gold'))[GOLD_ANNOTATOR]).toHaveLength(WORDS + 1);
    await ana!.call('startSync', { url: server.url, database: 'app-gold', live: false });
    await ana!.status.until(inState('synced'));
    expect(await savedGold(ana!)).toEqual(leadGold);
    const anaProject = await savedProject(ana!.service, ana!.path);
    expect(anaProject.schema.labels.map((l) => l.id)).toContain('source');
    expect(anaProject.annotations).toHaveLength(3 * WORDS + 1);
  }, 120_000);

  it("never sends the gold an annotator's copy holds of its own; it receives the curator's", async () => {
    const dir = await tempDir();
    const [lead, ben] = await Promise.all(['lead', 'ben'].map((n) => annotator(dir, n)));
    lead!.service.createAnnotation({ documentId: lead!.documentId, start: 4, end: 12, label: 'actor', layer: 'gold' });
    // ben's own gold: a span he made gold himself (or a merged file's gold), not the curator's.
    ben!.service.createAnnotation({ documentId: ben!.documentId, start: 33, end: 36, label: 'figure', layer: 'gold' });
    ben!.service.createAnnotation({ documentId: ben!.documentId, start: 67, end: 95, label: 'claim' });
    const [bensGold] = (await savedGold(ben!)).ids;

    await lead!.call('startSync', { url: server.url, database: 'app-own-gold', live: false, curator: true });
    await lead!.status.until(inState('synced'));
    const benStatus = await ben!.call<SyncStatus>('startSync', {
      url: server.url,
      database: 'app-own-gold',
      live: false,
    });
    expect(benStatus.address?.curator).toBe(false);
    await ben!.status.until(inState('synced'));
    await lead!.call('startSync', { url: server.url, database: 'app-own-gold', live: false, curator: true });
    await lead!.status.until((s) => s.activity.state === 'synced' && s.lastSyncedAt !== null);

    expect(await serverLayers('app-own-gold')).toEqual({
      gold: [expect.stringMatching(/^annotation:/)],
      ben: [expect.stringMatching(/^annotation:/)],
    });
    expect((await serverLayers('app-own-gold')).gold).not.toContain(`annotation:${bensGold}`);
    const leadGold = await savedGold(lead!);
    expect(leadGold.spans).toEqual([[4, 12, 'actor']]);
    expect((await savedProject(lead!.service, lead!.path)).annotations.map((a) => a.annotator).sort()).toEqual([
      'ben',
      'gold',
    ]);
    // ben keeps his own gold in his copy and receives the curator's beside it.
    expect((await savedGold(ben!)).spans).toEqual([
      [33, 36, 'figure'],
      [4, 12, 'actor'],
    ]);
  });
});
