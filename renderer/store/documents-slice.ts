import type { StateCreator } from 'zustand';
import { countByLabel } from './annotation-list';
import type { DocumentsSlice, WorkbenchState } from './workbench-state';

export const createDocumentsSlice: StateCreator<WorkbenchState, [], [], DocumentsSlice> = (set, get) => ({
  documents: [],
  documentsLoaded: false,
  documentFilter: '',
  setDocuments: (documents) => {
    // A list sent before main applied the latest edit would show stale counts for the open document.
    const current = get().current;
    const openCounts = current && countByLabel(current.annotations);
    set({
      documents: documents.map((d) =>
        openCounts && d.id === current.document.id ? { ...d, labelCounts: openCounts } : d,
      ),
      documentsLoaded: true,
    });
  },
  putDocumentSummary: (summary) =>
    set((s) => ({ documents: s.documents.map((d) => (d.id === summary.id ? summary : d)) })),
  setDocumentFilter: (documentFilter) => set({ documentFilter }),
});
