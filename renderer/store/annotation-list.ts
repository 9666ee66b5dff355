import type { Annotation, Relation } from '../../shared/model';
import type { AnnotationChange } from '../../shared/ipc/views';

/** Text order: by start, the longer (outer) span first when two start together, then by id for stability. */
export function compareInTextOrder(a: Annotation, b: Annotation): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Whether two versions of an annotation carry the same content (so the older object can be kept). */
function sameVersion(a: Annotation, b: Annotation): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.label === b.label &&
    a.note === b.note &&
    a.start === b.start &&
    a.end === b.end &&
    JSON.stringify(a.attributes) === JSON.stringify(b.attributes)
  );
}

/**
 * Applies one change from main to a document's annotations, kept in text order. The same change
 * arrives twice (as the call's result and as an event): applying it again returns the very same
 * array, and unchanged annotations keep their object identity so the view redraws only what changed.
 */
export function applyAnnotationChange(list: readonly Annotation[], change: AnnotationChange): readonly Annotation[] {
  const removed = new Set(change.removed);
  const incoming = new Map(change.upserted.map((a) => [a.id, a]));
  let changed = false;
  const next: Annotation[] = [];
  for (const a of list) {
    if (removed.has(a.id)) {
      changed = true;
      continue;
    }
    const update = incoming.get(a.id);
    if (update) {
      incoming.delete(a.id);
      if (!sameVersion(a, update)) {
        changed = true;
        next.push(update);
        continue;
      }
    }
    next.push(a);
  }
  for (const a of incoming.values()) {
    if (removed.has(a.id)) continue;
    changed = true;
    next.push(a);
  }
  if (!changed) return list;
  return next.sort(compareInTextOrder);
}

/**
 * Applies the relation part of a change. Like applyAnnotationChange, a change seen twice returns
 * the very same array (relations never change in place: an edit is a removal and an addition).
 */
export function applyRelationChange(list: readonly Relation[], change: AnnotationChange): readonly Relation[] {
  const removed = new Set(change.relationsRemoved ?? []);
  const known = new Set(list.map((r) => r.id));
  const added = (change.relationsUpserted ?? []).filter((r) => !known.has(r.id) && !removed.has(r.id));
  if (added.length === 0 && !list.some((r) => removed.has(r.id))) return list;
  return [...list.filter((r) => !removed.has(r.id)), ...added];
}

/** Annotation count per label id, as the document list shows it. */
export function countByLabel(list: readonly Annotation[]): Record<string, number> {
  // Keyed by label ids the user chose: no prototype, so a label called "constructor" counts from 0.
  const counts = Object.create(null) as Record<string, number>;
  for (const a of list) counts[a.label] = (counts[a.label] ?? 0) + 1;
  return counts;
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
