import type { StateCreator } from 'zustand';
import type { SuggestionsSlice, WorkbenchState } from './workbench-state';

export const createSuggestionsSlice: StateCreator<WorkbenchState, [], [], SuggestionsSlice> = (set) => ({
  suggestions: null,
  focusedSuggestionId: null,
  suggestionSettingsOpen: false,
  setSuggestions: (documentId, list) =>
    set((s) => ({
      suggestions: { documentId, list },
      // A focused suggestion that is gone (accepted elsewhere, say) lets go.
      focusedSuggestionId: list.some((x) => x.id === s.focusedSuggestionId) ? s.focusedSuggestionId : null,
    })),
  dropSuggestions: (ids) =>
    set((s) =>
      s.suggestions
        ? { suggestions: { ...s.suggestions, list: s.suggestions.list.filter((x) => !ids.has(x.id)) } }
        : {},
    ),
  focusSuggestion: (focusedSuggestionId) => set({ focusedSuggestionId }),
  setSuggestionSettingsOpen: (suggestionSettingsOpen) => set({ suggestionSettingsOpen }),
});
