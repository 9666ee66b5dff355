import { beforeEach, describe, expect, it } from 'vitest';
import { defaultAnnotationSchema } from '../../../../shared/model';
import type { HitsLabelled } from '../../../../shared/search/hit-labelling';
import { searchRequestSchema, type SearchHit, type SearchResults } from '../../../../shared/search/search-request';
import { allOrNone, toggled, withRange } from '../../../../renderer/search/hit-selection';
import { labelledNotice } from '../../../../renderer/search/labelled-notice';
import { useWorkbench } from '../../../../renderer/store/workbench-store';

const keys = ['d:0:1', 'd:2:3', 'd:4:5', 'd:6:7'];

describe('selecting hits', () => {
  it('toggles one, adds a range either way round, selects all or none', () => {
    expect([...toggled(new Set(['d:0:1']), 'd:2:3')]).toEqual(['d:0:1', 'd:2:3']);
    expect([...toggled(new Set(['d:0:1']), 'd:0:1')]).toEqual([]);
    expect([...withRange(new Set(['d:6:7']), keys, 2, 0)].sort()).toEqual(['d:0:1', 'd:2:3', 'd:4:5', 'd:6:7']);
    expect([...withRange(new Set(), keys, 1, 2)]).toEqual(['d:2:3', 'd:4:5']);
    expect([...allOrNone(new Set(['d:0:1']), keys)]).toEqual(keys);
    expect([...allOrNone(new Set(keys), keys)]).toEqual([]);
  });
});

describe('what labelling hits did, in words', () => {
  const hit = (start: number) => ({ documentId: 'd', start, end: start + 1 });
  const result = (created: number, skipped: number[], overlapping: number[]): HitsLabelled => ({
    change: null,
    created,
    skipped: skipped.map(hit),
    // Two annotations overlapping one hit count as one hit that overlaps.
    overlaps: overlapping.flatMap((s) => [
      { hit: hit(s), annotationId: `a${s}`, label: 'claim', start: 0, end: 9 },
      { hit: hit(s), annotationId: `b${s}`, label: 'event', start: 0, end: 9 },
    ]),
  });

  it('says how many were labelled, passed over and overlap, and that Ctrl+Z undoes it', () => {
    expect(labelledNotice(result(9, [], []), 'Actor')).toBe('Labelled 9 hits as Actor. Ctrl+Z undoes it.');
    expect(labelledNotice(result(1, [3], [5, 7]), 'Actor')).toBe(
      'Labelled 1 hit as Actor. 1 hit was labelled Actor already. 2 hits overlap other annotations. Ctrl+Z undoes it.',
    );
    expect(labelledNotice(result(0, [1, 2], []), 'Figure')).toBe(
      'Nothing to label: every hit is labelled Figure already.',
    );
  });
});

describe('the search view’s state', () => {
  const initial = useWorkbench.getState();
  beforeEach(() => useWorkbench.setState(initial, true));
  const store = () => useWorkbench.getState();
  const hitAt = (start: number): SearchHit => ({
    documentId: 'd',
    start,
    end: start + 1,
    startCodePoint: start,
    endCodePoint: start + 1,
    text: 'x',
    left: '',
    right: '',
    coveredBy: [],
  });
  const resultsOf = (...starts: number[]): SearchResults => ({
    hits: starts.map(hitAt),
    total: starts.length,
    documents: [{ documentId: 'd', title: 'D', hits: starts.length }],
    truncated: false,
  });

  it('keeps the hits still found selected when a search runs again, and drops an older search’s answer', () => {
    const request = searchRequestSchema.parse({ query: 'x' });
    store().startSearch(request);
    store().finishSearch(request, { results: resultsOf(0, 2, 4) });
    store().setSelectedHits(new Set(['d:0:1', 'd:4:5']));
    store().startSearch(request);
    store().finishSearch(request, { results: resultsOf(0, 2) });
    expect([...store().selectedHits]).toEqual(['d:0:1']);

    const newer = searchRequestSchema.parse({ query: 'y' });
    store().startSearch(newer);
    store().finishSearch(request, { results: resultsOf(8) });
    expect(store().searching).toBe(true);
    store().finishSearch(newer, { error: 'bad' });
    expect([store().searching, store().searchError, store().searchResults]).toEqual([false, 'bad', null]);
  });

  it('forgets the search when another project opens', () => {
    const session = (path: string) => ({
      project: {
        id: 'p',
        name: 'P',
        path,
        schema: defaultAnnotationSchema(),
        documentCount: 0,
        annotationCount: 0,
        readOnly: false,
      },
      openFailure: null,
      recent: [],
      saveState: { state: 'saved' as const },
      backupProblem: null,
      canUndo: false,
      canRedo: false,
    });
    store().setSession(session('/one.tagwright'));
    const request = searchRequestSchema.parse({ query: 'x' });
    store().startSearch(request);
    store().finishSearch(request, { results: resultsOf(0) });
    store().setSession(session('/two.tagwright'));
    expect([store().searchRequest, store().searchResults]).toEqual([null, null]);
  });
});
