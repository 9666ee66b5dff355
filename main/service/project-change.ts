import type { EntityChanges } from '../../shared/ipc/views';
import type { Transition } from './edit-history';

/** Nothing added, changed or removed yet. */
export function noEntityChanges<T>(): EntityChanges<T> {
  return { added: [], changed: [], removed: [] };
}

/** Files one transition under added (it did not exist), changed (it did and does) or removed. */
export function noteTransition<T extends { id: string }>(changes: EntityChanges<T>, t: Transition<T>): void {
  if (t.after && t.before) changes.changed.push(t.after);
  else if (t.after) changes.added.push(t.after);
  else if (t.before) changes.removed.push(t.before.id);
}
