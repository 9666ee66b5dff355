import type { StateCreator } from 'zustand';
import type { EntitiesSlice, WorkbenchState } from './workbench-state';

export const createEntitiesSlice: StateCreator<WorkbenchState, [], [], EntitiesSlice> = (set) => ({
  entitiesOpen: false,
  entityOverviews: [],
  entityLinkRequest: null,
  openEntities: () => set({ entitiesOpen: true }),
  closeEntities: () => set({ entitiesOpen: false }),
  setEntityOverviews: (entityOverviews) => set({ entityOverviews }),
  requestEntityLink: (annotationId) =>
    set((s) => ({ entityLinkRequest: { annotationId, count: (s.entityLinkRequest?.count ?? 0) + 1 } })),
});
