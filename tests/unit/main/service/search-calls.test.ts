import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import type { DialogPort } from '../../../../main/ipc/dialog-port';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import type { CallName } from '../../../../shared/ipc/contract';
import type { ProjectChangeEvent } from '../../../../shared/ipc/views';
import type { HitsLabelled } from '../../../../shared/search/hit-labelling';
import type { SearchResults } from '../../../../shared/search/search-request';
import { readSavedProject } from '../../../support/project-file-text';
import { useBundledSearchWorker } from '../../../support/search-worker-file';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');
const searchWorkerFile = useBundledSearchWorker();

const FIRST = 'Aykhan Hajizada said only 25% of the maps were accurate. Hajizada repeated it.';
const SECOND = 'Nothing about him here.';
const THIRD = 'The ministry (Hajizada) gave 55 percent.';

/** A real service over a temp folder, with three documents and the built search worker. */
async function setup(dialogs: DialogPort = noDialogs) {
  const dir = await tempDir();
  const service = await ProjectService.create({
    userDataDir: join(dir, 'data'),
    seedsDir,
    debounceMs: 5,
    annotator: 'tester',
    // Ids that no spreadsheet guard changes (a random one may start with "-"): the CSV is compared whole.
    newId: (() => {
      let n = 0;
      return () => `id${++n}`;
    })(),
    searchWorkerFile: searchWorkerFile(),
  });
  await service.createProject(join(dir, 'p.tagwright'), 'P');
  service.importFiles([FIRST, SECOND, THIRD].map((text, i) => ({ name: `${i + 1}.txt`, bytes: Buffer.from(text) })));
  const handlers = createCallHandlers(service, dialogs);
  const call = async <T>(name: CallName, payload: unknown): Promise<T> => {
    const result = await dispatchCall(handlers, name, payload);
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as T;
  };
  const documentIds = service.listDocuments().map((d) => d.id);
  const saved = async () => {
    await service.flush();
    return readSavedProject(service.projectPath!);
  };
  return { dir, service, handlers, call, documentIds, saved };
}

/** The hits as labelSearchHits takes them: where they are. */
const spans = (results: SearchResults) =>
  results.hits.map(({ documentId, start, end }) => ({ documentId, start, end }));

describe('searchCorpus', () => {
  it('answers hits across documents with context, and sees annotations made since', async () => {
    const { service, call, documentIds } = await setup();
    const first = await call<SearchResults>('searchCorpus', { query: 'hajizada' });
    expect(first.hits.map((h) => [documentIds.indexOf(h.documentId), h.start, h.left, h.text])).toEqual([
      [0, 7, 'Aykhan ', 'Hajizada'],
      [0, 57, 'Aykhan Hajizada said only 25% of the maps were accurate. ', 'Hajizada'],
      [2, 14, 'The ministry (', 'Hajizada'],
    ]);
    expect(first.documents.map((d) => d.hits)).toEqual([2, 1]);

    service.createAnnotation({ documentId: documentIds[0]!, start: 0, end: 15, label: 'actor' });
    const second = await call<SearchResults>('searchCorpus', { query: 'hajizada', label: 'actor' });
    expect(second.hits.map((h) => [h.start, h.coveredBy.map((c) => c.label)])).toEqual([[7, ['actor']]]);
  });

  it('refuses a bad pattern with the reason, naming no internals', async () => {
    const { handlers } = await setup();
    expect(await dispatchCall(handlers, 'searchCorpus', { query: '[0-9', regex: true })).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: '"[0-9" is not a valid regular expression: unterminated character class.',
      },
    });
  });

  it('answers other calls while a runaway pattern runs, stops it after 2 s, and searches again after', async () => {
    const { service, handlers, call } = await setup();
    service.importFiles([{ name: 'long.txt', bytes: Buffer.from(`${'a'.repeat(5000)}b`) }]);
    let settled = false;
    const runaway = dispatchCall(handlers, 'searchCorpus', { query: '(a+)+$', regex: true });
    void runaway.then(() => (settled = true));
    // Let the worker take the search, then ask main something else: it answers at once.
    await new Promise(setImmediate);
    const session = await dispatchCall(handlers, 'getSession', {});
    expect(session).toMatchObject({ ok: true, value: { project: { name: 'P' } } });
    expect(settled).toBe(false);

    expect(await runaway).toEqual({
      ok: false,
      error: {
        code: 'timeout',
        message:
          'The pattern took longer than 2 s and was stopped; it may backtrack catastrophically, e.g. (a+)+$. ' +
          'Simplify its nested repeats, or search for plain text.',
      },
    });
    expect((await call<SearchResults>('searchCorpus', { query: 'aab' })).total).toBe(1);
  });

  it('searches the project open now, not the one before', async () => {
    const { dir, service, call } = await setup();
    expect((await call<SearchResults>('searchCorpus', { query: 'ministry' })).total).toBe(1);
    await service.createProject(join(dir, 'other.tagwright'), 'Other');
    service.importFiles([{ name: 'x.txt', bytes: Buffer.from('A ministry, another ministry.') }]);
    expect((await call<SearchResults>('searchCorpus', { query: 'ministry' })).total).toBe(2);
    await service.closeProject();
    await expect(call('searchCorpus', { query: 'ministry' })).rejects.toMatchObject({ code: 'no-project' });
  });
});

describe('labelSearchHits', () => {
  it('labels every hit in one change and one undo step, and the saved file has them; undo removes them all', async () => {
    const { service, call, documentIds, saved } = await setup();
    const changes: ProjectChangeEvent[] = [];
    service.events.on('projectChanged', (e) => changes.push(e));
    const hits = spans(await call<SearchResults>('searchCorpus', { query: 'Hajizada' }));
    const labelled = await call<HitsLabelled>('labelSearchHits', { label: 'actor', hits });

    expect([labelled.created, labelled.skipped, labelled.overlaps]).toEqual([3, [], []]);
    expect(changes).toHaveLength(1);
    expect(labelled.change).toEqual(changes[0]!.change);
    expect(labelled.change!.documentId).toBeNull(); // two documents
    expect(labelled.change!.annotations.added).toHaveLength(3);
    const project = await saved();
    expect(
      project.annotations.map((a) => [documentIds.indexOf(a.documentId), a.start, a.end, a.quote, a.label]),
    ).toEqual([
      [0, 7, 15, 'Hajizada', 'actor'],
      [0, 57, 65, 'Hajizada', 'actor'],
      [2, 14, 22, 'Hajizada', 'actor'],
    ]);
    expect(project.documents.map((d) => d.status)).toEqual(['in-progress', 'new', 'in-progress']);
    expect(project.annotators.map((a) => a.id)).toEqual(['tester']);

    const undone = await call<{ annotations: { removed: string[] } }>('undo', {});
    expect(undone.annotations.removed).toHaveLength(3);
    const after = await saved();
    expect(after.annotations).toEqual([]);
    expect(after.documents.map((d) => d.status)).toEqual(['new', 'new', 'new']);
    expect(after.annotators).toEqual([]);
    expect(service.session().canUndo).toBe(false);
  });

  it('passes over hits labelled the same already and reports overlaps with other annotations', async () => {
    const { service, call, documentIds, saved } = await setup();
    const [d1] = documentIds;
    service.createAnnotation({ documentId: d1!, start: 7, end: 15, label: 'actor' });
    const claim = service.createAnnotation({ documentId: d1!, start: 0, end: 56, label: 'claim' }).annotations
      .added[0]!;
    const hits = spans(await call<SearchResults>('searchCorpus', { query: 'Hajizada' }));
    const labelled = await call<HitsLabelled>('labelSearchHits', { label: 'actor', hits: [...hits, hits[1]] });

    expect(labelled.created).toBe(2);
    expect(labelled.skipped).toEqual([{ documentId: d1, start: 7, end: 15 }]);
    expect(labelled.overlaps).toEqual([]);
    expect((await saved()).annotations.filter((a) => a.label === 'actor')).toHaveLength(3);

    // Labelled as a figure instead: the same hits now overlap the actors (and the claim).
    const asFigure = await call<HitsLabelled>('labelSearchHits', { label: 'figure', hits: [hits[0]] });
    expect(asFigure.overlaps.map((o) => [o.label, o.start, o.end])).toEqual([
      ['actor', 7, 15],
      ['claim', 0, 56],
    ]);
    expect(asFigure.overlaps.map((o) => o.annotationId)).toContain(claim.id);

    const again = await call<HitsLabelled>('labelSearchHits', { label: 'actor', hits });
    expect([again.change, again.created, again.skipped.length]).toEqual([null, 0, 3]);
  });

  it('fills each figure as labelling it one by one does: value, unit, kind and qualifier read from the text', async () => {
    const { service, call, documentIds, saved } = await setup();
    const hits = spans(await call<SearchResults>('searchCorpus', { query: String.raw`\d+(%| percent)`, regex: true }));
    await call<HitsLabelled>('labelSearchHits', { label: 'figure', hits });

    const figures = (await saved()).annotations.map((a) => [documentIds.indexOf(a.documentId), a.quote, a.attributes]);
    const percent = (value: number) => ({ value, unit: 'percent', kind: 'percentage', qualifier: 'exact' });
    expect(figures).toEqual([
      [0, '25%', percent(0.25)],
      [2, '55 percent', percent(0.55)],
    ]);

    // A value given with the figure (typed in, a suggestion's) is kept: nothing is read over it.
    service.createAnnotation({
      documentId: documentIds[2]!,
      start: 0,
      end: 3,
      label: 'figure',
      attributes: { value: 3 },
    });
    expect((await saved()).annotations.find((a) => a.quote === 'The')?.attributes).toEqual({ value: 3 });
  });

  it('refuses an unknown label or a span outside its document, and changes nothing', async () => {
    const { service, call, documentIds } = await setup();
    await service.flush();
    const before = await readFile(service.projectPath!, 'utf8');
    const good = { documentId: documentIds[0], start: 0, end: 6 };
    await expect(call('labelSearchHits', { label: 'nope', hits: [good] })).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'The label "nope" is not in this project\'s schema.',
    });
    await expect(
      call('labelSearchHits', { label: 'actor', hits: [good, { documentId: documentIds[1], start: 0, end: 999 }] }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/The span 0–999 is outside "Nothing about him here\."/) });
    await service.flush();
    expect(await readFile(service.projectPath!, 'utf8')).toBe(before);
    expect(service.session().canUndo).toBe(false);
  });
});

describe('exportConcordance', () => {
  it('writes the hits as the view orders and filters them, as CSV, where the dialog says', async () => {
    const destination = { path: '' };
    const asked: unknown[][] = [];
    const dialogs: DialogPort = {
      ...noDialogs,
      chooseExportDestination: async (...question) => {
        asked.push(question);
        return destination.path;
      },
    };
    const { dir, service, documentIds, call } = await setup(dialogs);
    destination.path = join(dir, 'hits.csv');
    service.createAnnotation({ documentId: documentIds[0]!, start: 7, end: 15, label: 'actor' });
    const written = await call('exportConcordance', {
      search: { query: 'hajizada' },
      order: 'left',
      coverage: 'unlabelled',
    });
    expect(asked).toEqual([['csv', 'file', 'P search.csv']]);
    expect(written).toMatchObject({ rows: 2, total: 3, path: destination.path });
    const titles = service.listDocuments().map((d) => d.title);
    // Sorted by the word left of the hit: "(" comes before "accurate.".
    expect(await readFile(destination.path, 'utf8')).toBe(
      '\ufeffdocument,document_id,start_code_point,end_code_point,left,match,right,labels\r\n' +
        `${titles[2]},${documentIds[2]},14,22,The ministry (,Hajizada,) gave 55 percent.,\r\n` +
        `${titles[0]},${documentIds[0]},57,65,Aykhan Hajizada said only 25% of the maps were accurate. ,Hajizada, repeated it.,\r\n`,
    );
  });

  it('writes nothing when the question is cancelled', async () => {
    const { call } = await setup({ ...noDialogs, chooseExportDestination: async () => null });
    expect(await call('exportConcordance', { search: { query: 'a' }, order: 'text', coverage: 'all' })).toBeNull();
  });
});
