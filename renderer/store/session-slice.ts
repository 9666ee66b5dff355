import type { StateCreator } from 'zustand';
import type { SessionState } from '../../shared/ipc/views';
import type { SessionSlice, WorkbenchState } from './workbench-state';

export const createSessionSlice: StateCreator<WorkbenchState, [], [], SessionSlice> = (set) => ({
  session: null,
  preferences: { theme: 'light', snapToWords: true },
  setSession: (incoming) =>
    set((s) => {
      const session = keepSchemaIdentity(s.session, incoming);
      const projectChanged = s.session?.project?.path !== session.project?.path;
      // A different project (or none): what we showed of the old one no longer applies.
      return projectChanged ? { session, ...emptyProjectView } : { session };
    }),
  setSaveState: (saveState) => set((s) => (s.session ? { session: { ...s.session, saveState } } : {})),
  setHistoryFlags: ({ canUndo, canRedo }) =>
    set((s) => (s.session ? { session: { ...s.session, canUndo, canRedo } } : {})),
  setPreferences: (preferences) => set({ preferences }),
});

/**
 * Main resends the session after every edit, with a fresh copy of the schema. Keeping the old
 * object while it is equal spares the view a redraw of every highlight for a new label list.
 */
export function keepSchemaIdentity(previous: SessionState | null, next: SessionState): SessionState {
  const before = previous?.project;
  const after = next.project;
  if (!before || !after || before.schema === after.schema) return next;
  if (JSON.stringify(before.schema) !== JSON.stringify(after.schema)) return next;
  return { ...next, project: { ...after, schema: before.schema } };
}

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
};
