import { create } from 'zustand';
import { createCurrentDocumentSlice } from './current-document-slice';
import { createDocumentsSlice } from './documents-slice';
import { createEntitiesSlice } from './entities-slice';
import { createLinkSlice } from './link-slice';
import { createProjectChangeSlice } from './project-change-slice';
import { createSearchSlice } from './search-slice';
import { createSessionSlice } from './session-slice';
import { createSuggestionsSlice } from './suggestions-slice';
import { createUiSlice } from './ui-slice';
import { createTeamSlice } from './team-slice';
import { createSyncSlice } from './sync-slice';
import { createAssignmentsSlice } from './assignments-slice';
import type { WorkbenchState } from './workbench-state';

/** The renderer's store; components select narrowly (`useWorkbench((s) => s.current)`). */
export const useWorkbench = create<WorkbenchState>()((...a) => ({
  ...createSessionSlice(...a),
  ...createDocumentsSlice(...a),
  ...createCurrentDocumentSlice(...a),
  ...createProjectChangeSlice(...a),
  ...createSuggestionsSlice(...a),
  ...createUiSlice(...a),
  ...createSearchSlice(...a),
  ...createEntitiesSlice(...a),
  ...createTeamSlice(...a),
  ...createAssignmentsSlice(...a),
  ...createLinkSlice(...a),
  ...createSyncSlice(...a),
}));

/** Whether the open project was opened read-only (another Tagwright holds it): edits are refused. */
export const selectReadOnly = (s: WorkbenchState) => s.session?.project?.readOnly ?? false;

/** The labels of the open project's schema (stable until the session changes). */
export const selectLabels = (s: WorkbenchState) => s.session?.project?.schema.labels ?? noLabels;
const noLabels: never[] = [];
