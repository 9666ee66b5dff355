import type { StateCreator } from 'zustand';
import type { ImportReport } from '../../shared/ipc/views';
import type { CallError } from '../../shared/ipc/result';
import type { TextSpan } from '../document-view/document-view-api';
import type { WorkbenchState } from './workbench-state';

/** What the user is pointing at and which panels are open: never sent to main. */
export interface UiSlice {
  selectedAnnotationId: string | null;
  selectionSpan: TextSpan | null;
  /** The annotation whose note editor is open. */
  noteEditorFor: string | null;
  /** The annotation whose attribute editor is open. */
  attributeEditorFor: string | null;
  /** Show only this label's annotations in the panel (null: all). */
  labelFilter: string | null;
  error: string | null;
  /** The failed call behind `error`, when main said more than a message (a lock, a damaged file). */
  failure: CallError | null;
  importReport: ImportReport | null;
  aboutOpen: boolean;
  /** File → Export is open. */
  exportOpen: boolean;
  /** File → Restore from Backup is open. */
  backupsOpen: boolean;
  selectAnnotation(id: string | null): void;
  setSelectionSpan(span: TextSpan | null): void;
  openNoteEditor(id: string | null): void;
  openAttributeEditor(id: string | null): void;
  setLabelFilter(label: string | null): void;
  showError(message: string | null, failure?: CallError): void;
  setBackupsOpen(open: boolean): void;
  showImportReport(report: ImportReport | null): void;
  setAboutOpen(open: boolean): void;
  setExportOpen(open: boolean): void;
}

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
});
