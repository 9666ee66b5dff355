import type { StateCreator } from 'zustand';
import { stateAfterChange } from './state-after-change';
import { entitiesMayHaveMoved } from './entities-may-have-moved';
import type { ProjectChangeSlice, WorkbenchState } from './workbench-state';

export const createProjectChangeSlice: StateCreator<WorkbenchState, [], [], ProjectChangeSlice> = (set, get) => ({
  windowId: null,
  appliedChanges: 0,
  entityRevision: 0,
  setWindowId: (windowId) => set({ windowId }),
  applyProjectChange: (change) =>
    set((s) => ({
      ...stateAfterChange(s, change),
      appliedChanges: s.appliedChanges + 1,
      entityRevision: s.entityRevision + (entitiesMayHaveMoved(change, s.entityOverviews.length > 0) ? 1 : 0),
    })),
  receiveProjectChange: ({ origin, change }) => {
    // This window's own change came back as its call's result and is applied already.
    if (origin !== null && origin === get().windowId) return;
    get().applyProjectChange(change);
  },
});
