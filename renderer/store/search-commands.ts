import { cancelled, done, type Outcome } from '../bridge/call-outcome';
import { ask, call } from '../bridge/tagwright-client';
import type { ConcordanceExport } from '../../shared/ipc/views';
import type { HitsLabelled } from '../../shared/search/hit-labelling';
import type { SearchHit, SearchRequestInput, SearchResults } from '../../shared/search/search-request';
import { openDocument } from './annotation-commands';
import { useWorkbench } from './workbench-store';

// The search view's calls. A failure (a bad pattern, the time limit) is said in the search view,
// where the user is looking, not in the page's alert region.

const store = () => useWorkbench.getState();

/** Runs a search the user asked for and shows its results (or why it failed) in the search view. */
export async function runSearch(request: SearchRequestInput): Promise<Outcome<SearchResults>> {
  store().setSearchNotice(null);
  return search(request);
}

/**
 * Runs the last search again (the project changed), keeping what is selected and what the view
 * said of the last labelling; cancelled when there was none, or one is running.
 */
export async function refreshSearch(): Promise<Outcome<SearchResults>> {
  const { searchRequest, searching } = store();
  if (!searchRequest || searching) return cancelled;
  return search(searchRequest);
}

async function search(request: SearchRequestInput): Promise<Outcome<SearchResults>> {
  store().startSearch(request);
  const outcome = await call('searchCorpus', request);
  if (outcome.status === 'failed') store().finishSearch(request, { error: outcome.error.message });
  if (outcome.status === 'done') store().finishSearch(request, { results: outcome.value });
  return outcome;
}

/** Labels the given hits in one step (one undo); this window applies the change main answers with. */
export async function labelHits(hits: readonly SearchHit[], label: string): Promise<Outcome<HitsLabelled>> {
  if (hits.length === 0) return cancelled;
  const outcome = await call('labelSearchHits', {
    label,
    hits: hits.map(({ documentId, start, end }) => ({ documentId, start, end })),
  });
  if (outcome.status === 'failed') store().setSearchNotice(null, outcome.error.message);
  if (outcome.status === 'done' && outcome.value.change) store().applyProjectChange(outcome.value.change);
  return outcome;
}

/** Asks where to write (a download in browser mode), then writes the concordance as the view shows it, as CSV. */
export async function exportConcordance(): Promise<Outcome<ConcordanceExport>> {
  const { searchRequest, concordanceOrder, coverageFilter } = store();
  if (!searchRequest) return cancelled;
  const outcome = await ask('exportConcordance', {
    search: searchRequest,
    order: concordanceOrder,
    coverage: coverageFilter,
  });
  if (outcome.status === 'failed') store().setSearchNotice(null, outcome.error.message);
  return outcome;
}

/** Opens the hit's document (unless open) and has the document view select it and scroll to it. */
export async function jumpToHit(hit: Pick<SearchHit, 'documentId' | 'start' | 'end'>): Promise<Outcome<void>> {
  if (store().current?.document.id !== hit.documentId) {
    const opened = await openDocument(hit.documentId);
    if (opened.status !== 'done') return opened;
  }
  store().revealSpan({ documentId: hit.documentId, start: hit.start, end: hit.end });
  return done();
}
