import type { StateCreator } from 'zustand';
import type { LinkSlice, WorkbenchState } from './workbench-state';

export const createLinkSlice: StateCreator<WorkbenchState, [], [], LinkSlice> = (set) => ({
  linking: null,
  linkNotice: '',
  setLinking: (linking) => set({ linking }),
  setLinkNotice: (linkNotice) => set({ linkNotice }),
});
