import type { StateCreator } from 'zustand';
import type { TeamSlice, WorkbenchState } from './workbench-state';

export const createTeamSlice: StateCreator<WorkbenchState, [], [], TeamSlice> = (set) => ({
  identity: null,
  identityOpen: false,
  mergeOpen: false,
  handoutOpen: false,
  curationOpen: false,
  writingToGold: false,
  setIdentity: (identity) => set({ identity }),
  setIdentityOpen: (identityOpen) => set({ identityOpen }),
  setMergeOpen: (mergeOpen) => set({ mergeOpen }),
  setHandoutOpen: (handoutOpen) => set({ handoutOpen }),
  setCurationOpen: (curationOpen) => set({ curationOpen }),
  setWritingToGold: (writingToGold) => set({ writingToGold }),
});
