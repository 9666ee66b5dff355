import type { StateCreator } from 'zustand';
import type { DocumentWithAnnotations } from '../../shared/ipc/views';
import { compareInTextOrder } from './annotation-list';
import { withCurrent } from './state-after-change';
import type { CurrentDocument, CurrentDocumentSlice, WorkbenchState } from './workbench-state';

export const createCurrentDocumentSlice: StateCreator<WorkbenchState, [], [], CurrentDocumentSlice> = (set) => ({
  current: null,
  openingDocumentId: null,
  setOpening: (openingDocumentId) => set({ openingDocumentId }),
  setCurrent: ({ document, annotations, relations, events, equivalences }) =>
    set({
      current: {
        document,
        annotations: [...annotations].sort(compareInTextOrder),
        relations,
        events,
        equivalences,
        lastEdit: null,
      },
      openingDocumentId: null,
      selectedAnnotationId: null,
      selectionSpan: null,
      noteEditorFor: null,
      attributeEditorFor: null,
      focusedSuggestionId: null,
      // A jump to a search hit in the document opened before is done with.
      spanToReveal: null,
    }),
  refreshCurrent: (loaded) =>
    set((s) => (s.current?.document.id === loaded.document.id ? withCurrent(s, refreshed(s.current, loaded)) : {})),
});

/**
 * The open document as main has it now. Its annotations are replaced as one edit (all drawn
 * ones out, all of these in), which the view draws in place: the reader keeps their scroll position.
 */
function refreshed(current: CurrentDocument, loaded: DocumentWithAnnotations): CurrentDocument {
  const { document, annotations, relations, events, equivalences } = loaded;
  const sorted = [...annotations].sort(compareInTextOrder);
  const lastEdit = { seq: (current.lastEdit?.seq ?? 0) + 1, added: sorted, removed: current.annotations };
  return { document, annotations: sorted, relations, events, equivalences, lastEdit };
}
