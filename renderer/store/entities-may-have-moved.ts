import type { ProjectChange } from '../../shared/ipc/views';

const anything = (part: { added: unknown[]; changed: unknown[]; removed: unknown[] }) =>
  part.added.length + part.changed.length + part.removed.length > 0;

/**
 * Whether a change may alter the entities or their mention counts, so the page reads them again:
 * any change to entities themselves, or, once the project has entities, any change to annotations
 * or documents (a deleted or imported mention). A project without entities reads nothing per edit.
 */
export function entitiesMayHaveMoved(change: ProjectChange, projectHasEntities: boolean): boolean {
  if (anything(change.entities)) return true;
  return projectHasEntities && (anything(change.annotations) || anything(change.documents));
}
