import type { StateCreator } from 'zustand';
import type { SyncSlice, WorkbenchState } from './workbench-state';

export const createSyncSlice: StateCreator<WorkbenchState, [], [], SyncSlice> = (set) => ({
  syncStatus: null,
  syncOpen: false,
  setSyncStatus: (syncStatus) => set({ syncStatus }),
  setSyncOpen: (syncOpen) => set({ syncOpen }),
});
