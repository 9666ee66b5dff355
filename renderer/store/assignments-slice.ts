import type { StateCreator } from 'zustand';
import type { AssignmentsSlice, WorkbenchState } from './workbench-state';

export const createAssignmentsSlice: StateCreator<WorkbenchState, [], [], AssignmentsSlice> = (set) => ({
  assignments: [],
  mineOnly: false,
  progressOpen: false,
  setAssignments: (assignments) => set({ assignments }),
  setMineOnly: (mineOnly) => set({ mineOnly }),
  setProgressOpen: (progressOpen) => set({ progressOpen }),
});
