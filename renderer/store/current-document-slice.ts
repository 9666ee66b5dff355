import type { StateCreator } from 'zustand';
import { applyAnnotationChange, applyRelationChange, compareInTextOrder, countByLabel } from './annotation-list';
import { annotationsById } from './document-indexes';
import type { CurrentDocumentSlice, WorkbenchState } from './workbench-state';

export const createCurrentDocumentSlice: StateCreator<WorkbenchState, [], [], CurrentDocumentSlice> = (set) => ({
  current: null,
  openingDocumentId: null,
  lastChangeOrigin: null,
  setOpening: (openingDocumentId) => set({ openingDocumentId }),
  setCurrent: ({ document, annotations, relations }) =>
    set({
      current: { document, annotations: [...annotations].sort(compareInTextOrder), relations },
      openingDocumentId: null,
      selectedAnnotationId: null,
      selectionSpan: null,
      noteEditorFor: null,
      attributeEditorFor: null,
    }),
  applyAnnotationChange: (change, origin) =>
    set((s) => {
      if (!s.current || s.current.document.id !== change.documentId) return {};
      const annotations = applyAnnotationChange(s.current.annotations, change);
      const relations = applyRelationChange(s.current.relations, change);
      if (annotations === s.current.annotations && relations === s.current.relations) return {};
      // The panel's index of this array (built once per array), not a set of its own.
      const ids = annotationsById(annotations);
      const labelCounts = countByLabel(annotations);
      return {
        current: { ...s.current, annotations, relations },
        lastChangeOrigin: origin,
        // Main does not resend the list for every edit: keep this document's counts true here.
        documents: s.documents.map((d) => (d.id === change.documentId ? { ...d, labelCounts } : d)),
        selectedAnnotationId: s.selectedAnnotationId && ids.has(s.selectedAnnotationId) ? s.selectedAnnotationId : null,
        noteEditorFor: s.noteEditorFor && ids.has(s.noteEditorFor) ? s.noteEditorFor : null,
        attributeEditorFor: s.attributeEditorFor && ids.has(s.attributeEditorFor) ? s.attributeEditorFor : null,
      };
    }),
});
