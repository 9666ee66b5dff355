import type { StateCreator } from 'zustand';
import { compareInTextOrder } from './annotation-list';
import type { CurrentDocumentSlice, WorkbenchState } from './workbench-state';

export const createCurrentDocumentSlice: StateCreator<WorkbenchState, [], [], CurrentDocumentSlice> = (set) => ({
  current: null,
  openingDocumentId: null,
  setOpening: (openingDocumentId) => set({ openingDocumentId }),
  setCurrent: ({ document, annotations, relations }) =>
    set({
      current: { document, annotations: [...annotations].sort(compareInTextOrder), relations, lastEdit: null },
      openingDocumentId: null,
      selectedAnnotationId: null,
      selectionSpan: null,
      noteEditorFor: null,
      attributeEditorFor: null,
    }),
});
