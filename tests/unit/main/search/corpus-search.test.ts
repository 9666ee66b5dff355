import { afterEach, describe, expect, it } from 'vitest';
import type { ProjectChange } from '../../../../shared/ipc/views';
import { searchRequestSchema, type SearchDocument } from '../../../../shared/search/search-request';
import { CorpusSearch } from '../../../../main/search/corpus-search';
import type { SearchSource } from '../../../../main/search/search-source';
import { useBundledSearchWorker } from '../../../support/search-worker-file';

const workerFile = useBundledSearchWorker();

/** A corpus the test changes by hand, read by the search as the service's model would be. */
class Documents implements SearchSource {
  list: SearchDocument[] = [];
  documents = () => this.list.map((d) => ({ ...d }));
  document = (id: string) => this.list.find((d) => d.id === id)!;
  annotationsOf = (id: string) => this.document(id).annotations;
}

const searches: CorpusSearch[] = [];
afterEach(() => searches.splice(0).forEach((s) => s.dispose()));

function corpusSearch(documents: Documents, timeLimitMs?: number): CorpusSearch {
  const search = new CorpusSearch(
    { workerFile: workerFile(), ...(timeLimitMs ? { timeLimitMs } : {}) },
    () => documents,
  );
  searches.push(search);
  return search;
}

const request = (query: string, more: object = {}) => searchRequestSchema.parse({ query, ...more });
const doc = (id: string, text: string): SearchDocument => ({ id, title: id, text, annotations: [] });

/** A change naming one document, as the model reports an import or an annotation edit. */
function changeOf(documentId: string | null, documents: { added?: string[]; changed?: string[] }): ProjectChange {
  const summary = (id: string) => ({ id, title: id, status: 'new' as const, length: 0, labelCounts: {} });
  const none = { added: [], changed: [], removed: [] };
  return {
    documentId,
    annotations: none,
    relations: none,
    events: none,
    equivalences: none,
    entities: none,
    documents: {
      added: (documents.added ?? []).map(summary),
      changed: (documents.changed ?? []).map(summary),
      removed: [],
    },
    counts: { documents: 0, annotations: 0 },
    history: { canUndo: false, canRedo: false },
  };
}

describe('the search worker', () => {
  it('searches the corpus in a worker thread and keeps up with added documents and changed annotations', async () => {
    const documents = new Documents();
    documents.list = [doc('d1', 'Hajizada said'), doc('d2', 'nothing')];
    const search = corpusSearch(documents);
    expect((await search.search(request('hajizada'))).documents.map((d) => d.documentId)).toEqual(['d1']);

    documents.list.push(doc('d3', 'and Hajizada too'));
    search.changed(changeOf(null, { added: ['d3'] }));
    documents.list[0]!.annotations = [{ id: 'a', start: 0, end: 8, label: 'actor', note: '', attributes: {} }];
    search.changed(changeOf('d1', { changed: ['d1'] }));
    const results = await search.search(request('hajizada'));
    expect(results.hits.map((h) => [h.documentId, h.coveredBy.map((c) => c.label)])).toEqual([
      ['d1', ['actor']],
      ['d3', []],
    ]);
  });

  it('answers a bad pattern with the reason, and the worker goes on', async () => {
    const documents = new Documents();
    documents.list = [doc('d1', 'abc')];
    const search = corpusSearch(documents);
    await expect(search.search(request('a(b', { regex: true }))).rejects.toMatchObject({
      code: 'invalid-input',
      message: '"a(b" is not a valid regular expression: unterminated group.',
    });
    expect((await search.search(request('b'))).total).toBe(1);
  });

  it('stops a pattern that runs past the time limit, without holding up this thread, and the next search works', async () => {
    const documents = new Documents();
    documents.list = [doc('d1', `${'a'.repeat(40)}b`)];
    const search = corpusSearch(documents, 300);
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 10);
    const runaway = search.search(request('(a+)+$', { regex: true }));
    // This thread keeps running timers while the worker backtracks.
    await expect.poll(() => ticks).toBeGreaterThan(3);
    await expect(runaway).rejects.toMatchObject({
      code: 'timeout',
      message:
        'The pattern took longer than 0.3 s and was stopped; it may backtrack catastrophically, e.g. (a+)+$. ' +
        'Simplify its nested repeats, or search for plain text.',
    });
    clearInterval(ticking);
    expect((await search.search(request('ab'))).hits.map((h) => h.start)).toEqual([39]);
  });

  it('fails a search whose worker ends under it (another project opened), and the next search starts a new one', async () => {
    const documents = new Documents();
    documents.list = [doc('d1', `${'a'.repeat(40)}b`)];
    const search = corpusSearch(documents, 60_000);
    const runaway = search.search(request('(a+)+$', { regex: true }));
    await new Promise(setImmediate); // the search has been handed to the worker
    documents.list = [doc('d2', 'another project')];
    search.projectReplaced();
    await expect(runaway).rejects.toMatchObject({
      code: 'internal',
      message: 'The search stopped unexpectedly. Try again.',
    });
    expect((await search.search(request('another'))).documents.map((d) => d.documentId)).toEqual(['d2']);
  });

  it('runs searches one after another, each with its own answer', async () => {
    const documents = new Documents();
    documents.list = [doc('d1', 'one two two three three three')];
    const search = corpusSearch(documents);
    const totals = await Promise.all(['one', 'two', 'three'].map((q) => search.search(request(q))));
    expect(totals.map((r) => r.total)).toEqual([1, 2, 3]);
  });

  it('refuses to search with no project open, or with no worker script built', async () => {
    const none = new CorpusSearch({ workerFile: workerFile() }, () => null);
    await expect(none.search(request('a'))).rejects.toMatchObject({ code: 'no-project' });
    const unbuilt = new CorpusSearch({ workerFile: null }, () => new Documents());
    await expect(unbuilt.search(request('a'))).rejects.toMatchObject({ message: expect.stringContaining('not built') });
  });
});
