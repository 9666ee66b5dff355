import type { StateCreator } from 'zustand';
import { hitKey } from '../../shared/search/hit-key';
import type { SearchSlice, WorkbenchState } from './workbench-state';

/** The search view of no project: reset when the project changes (session-slice.ts). */
export const emptySearch = {
  searchRequest: null,
  searchResults: null,
  searching: false,
  searchError: null,
  searchNotice: null,
  selectedHits: new Set<string>(),
  spanToReveal: null,
} satisfies Partial<SearchSlice>;

export const createSearchSlice: StateCreator<WorkbenchState, [], [], SearchSlice> = (set) => ({
  ...emptySearch,
  searchOpen: false,
  searchFocusRequest: 0,
  concordanceOrder: 'text',
  coverageFilter: 'all',
  openSearch: () => set((s) => ({ searchOpen: true, searchFocusRequest: s.searchFocusRequest + 1 })),
  closeSearch: () => set({ searchOpen: false }),
  startSearch: (searchRequest) => set({ searchRequest, searching: true, searchError: null }),
  finishSearch: (request, outcome) =>
    set((s) => {
      if (s.searchRequest !== request) return {};
      if ('error' in outcome) return { searching: false, searchError: outcome.error, searchResults: null };
      // Hits still found stay selected (a search run again after an edit keeps the user's choice).
      const found = new Set(outcome.results.hits.map(hitKey));
      const selectedHits = new Set([...s.selectedHits].filter((k) => found.has(k)));
      return { searching: false, searchResults: outcome.results, selectedHits };
    }),
  setSelectedHits: (selectedHits) => set({ selectedHits }),
  setConcordanceView: ({ order, coverage }) =>
    set((s) => ({ concordanceOrder: order ?? s.concordanceOrder, coverageFilter: coverage ?? s.coverageFilter })),
  setSearchNotice: (searchNotice, searchError = null) => set({ searchNotice, searchError }),
  revealSpan: (span) => set({ spanToReveal: { ...span } }),
});
