import type { Annotation } from '../../shared/model';
import type { EntityChanges } from '../../shared/ipc/views';

/** Text order: by start, the longer (outer) span first when two start together, then by id for stability. */
export function compareInTextOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A document's annotations after one change, and what the change took out and put in. */
export interface ChangedAnnotations {
  list: readonly Annotation[];
  /** The list's objects that were removed or replaced. */
  removed: Annotation[];
  /** The new annotations and the replacements of changed ones. */
  added: Annotation[];
}

/** Applies one change from main to a document's annotations, kept in text order; applied once per change. */
export function applyAnnotationChanges(
  list: readonly Annotation[],
  changes: EntityChanges<Annotation>,
): ChangedAnnotations {
  const added = [...changes.added, ...changes.changed];
  const gone = new Set([...changes.removed, ...changes.changed.map((a) => a.id)]);
  const removed: Annotation[] = [];
  const kept =
    gone.size === 0
      ? list
      : list.filter((a) => {
          if (!gone.has(a.id)) return true;
          removed.push(a);
          return false;
        });
  if (added.length === 0 && removed.length === 0) return { list, removed, added };
  return { list: [...kept, ...added].sort(compareInTextOrder), removed, added };
}

/**
 * Applies the relations, events or equivalence groups of a change (a changed one replaces the one
 * with its id); the same list when nothing changed.
 */
export function applyChangesById<T extends { id: string }>(
  list: readonly T[],
  changes: EntityChanges<T>,
): readonly T[] {
  const incoming = [...changes.added, ...changes.changed];
  if (incoming.length === 0 && changes.removed.length === 0) return list;
  const gone = new Set([...changes.removed, ...incoming.map((r) => r.id)]);
  return [...list.filter((r) => !gone.has(r.id)), ...incoming];
}

/** The annotation after (or before) the given one in text order, wrapping to none at the ends. */
export function neighbourInTextOrder(
  list: readonly Annotation[],
  currentId: string | null,
  direction: 1 | -1,
): Annotation | null {
  if (list.length === 0) return null;
  const index = currentId === null ? -1 : list.findIndex((a) => a.id === currentId);
  if (index === -1) return direction === 1 ? list[0]! : list[list.length - 1]!;
  return list[index + direction] ?? null;
}
