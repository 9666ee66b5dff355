import { afterEach, describe, expect, it } from 'vitest';
import type { SyncSession } from '../../../../main/sync/sync-session';
import { serverDatabase } from '../../../../main/sync/sync-pouch';
import { useSyncServer } from '../../../support/sync-server';
import { useTempDirs } from '../../../support/temp-dir';
import { annotatorProject, savedLayers, savedProject, syncOf } from '../../../support/sync-projects';

const server = useSyncServer();
const tempDir = useTempDirs();
const sessions: SyncSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

async function session(...args: Parameters<typeof syncOf>): Promise<SyncSession> {
  const s = await syncOf(...args);
  sessions.push(s);
  return s;
}

/** The lead's project with one gold span (the layer curation writes), her service signing as herself. */
async function leadWithGold(dir: string) {
  const lead = await annotatorProject(dir, 'lead');
  lead.service.createAnnotation({ documentId: lead.documentId, start: 33, end: 36, label: 'figure', layer: 'gold' });
  return lead;
}

describe('SyncSession through a real CouchDB-protocol server', () => {
  it("gives each annotator the other's layer and leaves their own as it was; edits and deletions follow", async () => {
    const dir = await tempDir();
    const ana = await annotatorProject(dir, 'ana');
    const ben = await annotatorProject(dir, 'ben');
    ana.service.createAnnotation({ documentId: ana.documentId, start: 4, end: 12, label: 'actor', note: 'who speaks' });
    ana.service.createAnnotation({ documentId: ana.documentId, start: 33, end: 36, label: 'figure' });
    ana.service.createAnnotation({ documentId: ana.documentId, start: 67, end: 95, label: 'claim' });
    const [actor, , claim] = ana.service.getDocument(ana.documentId).annotations;
    ana.service.createRelation({ type: 'attributed-to', from: claim!.id, to: actor!.id });
    ben.service.createAnnotation({
      documentId: ben.documentId,
      start: 33,
      end: 36,
      label: 'figure',
      attributes: { unit: '%' },
    });
    const anaSync = await session(ana.service, server.url, 'team-a');
    const benSync = await session(ben.service, server.url, 'team-a');

    const anaFirst = await anaSync.syncOnce();
    const benFirst = await benSync.syncOnce();
    await anaSync.syncOnce();

    expect(anaFirst.up).toMatchObject({ written: 5, removed: 0 }); // three annotations, a relation, the text
    expect(benFirst.down).toMatchObject({ put: 4, removed: 0, waiting: 0, refused: [] });
    const anaLayers = await savedLayers(ana.service, ana.path);
    const benLayers = await savedLayers(ben.service, ben.path);
    expect(benLayers).toEqual(anaLayers);
    expect(Object.keys(benLayers.ana!)).toHaveLength(3);
    expect(Object.keys(benLayers.ben!)).toHaveLength(1);
    const benProject = await savedProject(ben.service, ben.path);
    expect(benProject.relations).toEqual((await savedProject(ana.service, ana.path)).relations);
    expect(benProject.documents).toHaveLength(1);
    expect(benProject.annotators.map((a) => a.id).sort()).toEqual(['ana', 'ben']);

    ana.service.updateAnnotation({ annotationId: actor!.id, label: 'actor', note: 'the ministry' });
    ana.service.deleteAnnotation(claim!.id);
    ben.service.deleteAnnotation(Object.keys(benLayers.ben!)[0]!);
    await anaSync.syncOnce();
    const benSecond = await benSync.syncOnce();
    await anaSync.syncOnce();

    expect(benSecond.down).toMatchObject({ put: 1, removed: 2 }); // the changed note in; the claim and its relation out
    const after = await savedLayers(ben.service, ben.path);
    expect(after).toEqual(await savedLayers(ana.service, ana.path));
    expect(
      Object.values(after.ana!)
        .map((a) => (a as { note: string }).note)
        .sort(),
    ).toEqual(['', 'the ministry']);
    expect(after.ben).toBeUndefined();
    expect((await savedProject(ben.service, ben.path)).relations).toEqual([]);
  });

  it("keeps syncing live: another's edit comes in, and a local edit goes up, until stopped", async () => {
    const dir = await tempDir();
    const ana = await annotatorProject(dir, 'ana');
    const ben = await annotatorProject(dir, 'ben');
    let sentUp = () => {};
    const wentUp = new Promise<void>((done) => (sentUp = done));
    // The first document the live push writes to the server: ana's annotation (ben sent the text already).
    const onProgress = (p: { direction: string; docs: number }) => p.direction === 'up' && p.docs > 0 && sentUp();
    const anaSync = await session(ana.service, server.url, 'team-live', { onProgress });
    const benSync = await session(ben.service, server.url, 'team-live');
    const errors: unknown[] = [];
    const benArrived = new Promise<void>((done) => {
      ana.service.events.on('projectChanged', ({ change }) => {
        if (change.annotations.added.some((a) => a.annotator === 'ben')) done();
      });
    });
    const live = anaSync.live(
      () => undefined,
      (error) => errors.push(error),
    );

    ben.service.createAnnotation({ documentId: ben.documentId, start: 4, end: 12, label: 'actor' });
    await benSync.syncOnce();
    await benArrived;
    ana.service.createAnnotation({ documentId: ana.documentId, start: 33, end: 36, label: 'figure' });
    await wentUp;
    await live.stop();
    await benSync.syncOnce();

    expect(errors).toEqual([]);
    expect(await savedLayers(ben.service, ben.path)).toEqual(await savedLayers(ana.service, ana.path));
    expect(Object.keys(await savedLayers(ben.service, ben.path)).sort()).toEqual(['ana', 'ben']);
  });

  it("never lets what others write change the annotator's own layer, and refuses documents that lie about themselves", async () => {
    const dir = await tempDir();
    const ana = await annotatorProject(dir, 'ana');
    ana.service.createAnnotation({ documentId: ana.documentId, start: 33, end: 36, label: 'figure', note: 'mine' });
    const anaSync = await session(ana.service, server.url, 'team-rogue');
    await anaSync.syncOnce();
    const database = serverDatabase(`${server.url}team-rogue`, null);
    const { rows } = await database.allDocs({ include_docs: true });
    const mine = rows.find((r) => r.id.startsWith('annotation:'))!.doc!;
    const body = mine.body as Record<string, unknown>;
    const claim = (id: string, annotator: string, extra: object = {}) => ({
      ...mine,
      _id: `annotation:${id}`,
      _rev: undefined,
      annotator,
      body: { ...body, id, annotator, ...extra },
    });
    await database.bulkDocs([
      { ...mine, body: { ...body, note: 'rewritten by someone else' } }, // a second writer of ana's document
      claim('spoof', 'ana'), // a new thing in ana's layer, not written by her copy
      { ...claim('other', 'eve'), _id: 'annotation:lie' }, // an id that is not its content's
      { _id: `doc:${'f'.repeat(64)}`, kind: 'document', sha256: 'f'.repeat(64), title: 't', text: 'x', fileName: 'x' },
    ]);
    const before = await savedLayers(ana.service, ana.path);

    const report = await anaSync.syncOnce();

    expect(report.down).toMatchObject({ put: 0, removed: 0 });
    expect(report.down.refused).toEqual([
      expect.stringContaining(`doc:${'f'.repeat(64)}: its text does not hash to its id`),
      'annotation:lie: its id or annotator does not match its content',
    ]);
    expect(await savedLayers(ana.service, ana.path)).toEqual(before);
    const onServer = await database.allDocs({ include_docs: true });
    // Her copy wrote her annotation back as she has it.
    expect(onServer.rows.find((r) => r.id === mine._id)!.doc!.body).toMatchObject({ note: 'mine' });
  });

  it("sends the gold layer and the schema from the curator's copy only", async () => {
    const dir = await tempDir();
    const { service: lead, path } = await leadWithGold(dir);
    const ana = await annotatorProject(dir, 'ana');
    const leadSync = await session(lead, server.url, 'team-gold', { curator: true });
    const anaSync = await session(ana.service, server.url, 'team-gold');

    expect((await leadSync.syncOnce()).up).toMatchObject({ written: 3 }); // the gold annotation, its text, the schema
    const anaReport = await anaSync.syncOnce();

    expect(anaReport.down).toMatchObject({ put: 1, refused: [] });
    expect(anaReport.up).toMatchObject({ written: 0 }); // the gold layer in her copy is not hers to send
    const onServer = await serverDatabase(`${server.url}team-gold`, null).allDocs({ include_docs: true });
    expect(onServer.rows.map((r) => [r.id.split(':')[0], r.doc!.annotator ?? null]).sort()).toEqual([
      ['annotation', 'gold'],
      ['doc', null],
      ['schema', 'lead'],
    ]);
    expect(await savedLayers(ana.service, ana.path)).toEqual(await savedLayers(lead, path));
  });

  it('a lead who syncs once without curator leaves gold and the schema on the server, and deletes gold as curator later', async () => {
    const dir = await tempDir();
    const { service: lead } = await leadWithGold(dir);
    const database = serverDatabase(`${server.url}team-toggle`, null);
    const onServer = async () =>
      (await database.allDocs({ include_docs: true })).rows.map(
        (r) => `${r.id.split(':')[0]} ${r.doc!.annotator ?? ''}`,
      );

    await (await session(lead, server.url, 'team-toggle', { curator: true })).syncOnce();
    const asAnnotator = await (await session(lead, server.url, 'team-toggle')).syncOnce();
    expect(asAnnotator.up).toEqual({ documents: 0, written: 0, removed: 0 });
    expect((await onServer()).sort()).toEqual(['annotation gold', 'doc ', 'schema lead']);

    lead.deleteAnnotation(lead.getDocument(lead.listDocuments()[0]!.id).annotations[0]!.id);
    expect((await (await session(lead, server.url, 'team-toggle', { curator: true })).syncOnce()).up.removed).toBe(1);
    expect((await onServer()).sort()).toEqual(['doc ', 'schema lead']);
  });
});
