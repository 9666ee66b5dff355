import type { StateCreator } from 'zustand';
import { DEFAULT_SUGGESTION_SETTINGS } from '../../shared/suggest/suggestion-settings';
import { emptySearch } from './search-slice';
import type { SessionSlice, WorkbenchState } from './workbench-state';

export const createSessionSlice: StateCreator<WorkbenchState, [], [], SessionSlice> = (set) => ({
  session: null,
  preferences: {
    theme: 'light',
    snapToWords: true,
    showArcs: true,
    suggestions: DEFAULT_SUGGESTION_SETTINGS,
    annotator: null,
  },
  setSession: (session) =>
    set((s) => {
      const projectChanged = s.session?.project?.path !== session.project?.path;
      // A different project (or none): what we showed of the old one no longer applies.
      return projectChanged ? { session, ...emptyProjectView } : { session };
    }),
  setSaveState: (saveState) => set((s) => (s.session ? { session: { ...s.session, saveState } } : {})),
  setPreferences: (preferences) => set({ preferences }),
});

/** What the workbench shows of a project, reset when the project changes. */
const emptyProjectView: Partial<WorkbenchState> = {
  documents: [],
  documentsLoaded: false,
  current: null,
  selectedAnnotationId: null,
  selectionSpan: null,
  noteEditorFor: null,
  attributeEditorFor: null,
  labelFilter: null,
  importReport: null,
  suggestions: null,
  focusedSuggestionId: null,
  // Another project starts in the user's own layer: labels never go into its gold unasked.
  writingToGold: false,
  ...emptySearch,
};
