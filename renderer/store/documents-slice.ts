import type { StateCreator } from 'zustand';
import type { DocumentsSlice, WorkbenchState } from './workbench-state';

export const createDocumentsSlice: StateCreator<WorkbenchState, [], [], DocumentsSlice> = (set) => ({
  documents: [],
  documentsLoaded: false,
  documentFilter: '',
  setDocuments: (documents) => set({ documents, documentsLoaded: true }),
  setDocumentFilter: (documentFilter) => set({ documentFilter }),
});
