import type { StateCreator } from 'zustand';
import type { UiSlice, WorkbenchState } from './workbench-state';

export const createUiSlice: StateCreator<WorkbenchState, [], [], UiSlice> = (set) => ({
  selectedAnnotationId: null,
  selectionSpan: null,
  noteEditorFor: null,
  attributeEditorFor: null,
  labelFilter: null,
  error: null,
  failure: null,
  importReport: null,
  aboutOpen: false,
  exportOpen: false,
  backupsOpen: false,
  agreementOpen: false,
  schemaEditorOpen: false,
  helpOpen: false,
  selectAnnotation: (selectedAnnotationId) =>
    set((s) => ({
      selectedAnnotationId,
      noteEditorFor: s.noteEditorFor === selectedAnnotationId ? s.noteEditorFor : null,
      attributeEditorFor: s.attributeEditorFor === selectedAnnotationId ? s.attributeEditorFor : null,
    })),
  setSelectionSpan: (selectionSpan) => set({ selectionSpan }),
  openNoteEditor: (noteEditorFor) =>
    set((s) => ({ noteEditorFor, selectedAnnotationId: noteEditorFor ?? s.selectedAnnotationId })),
  openAttributeEditor: (attributeEditorFor) =>
    set((s) => ({ attributeEditorFor, selectedAnnotationId: attributeEditorFor ?? s.selectedAnnotationId })),
  setLabelFilter: (labelFilter) => set({ labelFilter }),
  showError: (error, failure) => set({ error, failure: failure ?? null }),
  setBackupsOpen: (backupsOpen) => set({ backupsOpen }),
  showImportReport: (importReport) => set({ importReport }),
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  setExportOpen: (exportOpen) => set({ exportOpen }),
  setAgreementOpen: (agreementOpen) => set({ agreementOpen }),
  setSchemaEditorOpen: (schemaEditorOpen) => set({ schemaEditorOpen }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
});
