import type { Annotation } from '../../shared/model';

/** What changed between two renders' annotation lists (a changed annotation is removed and added). */
export interface AnnotationChanges {
  added: Annotation[];
  removed: Annotation[];
}

/**
 * Compares by id and object identity: the store replaces an annotation object when it changes
 * and keeps the others, so unchanged annotations cost one map lookup each.
 */
export function diffAnnotations(
  previous: ReadonlyMap<string, Annotation>,
  next: readonly Annotation[],
): AnnotationChanges {
  const added: Annotation[] = [];
  const removed: Annotation[] = [];
  let kept = 0;
  for (const a of next) {
    const before = previous.get(a.id);
    if (before === a) {
      kept++;
      continue;
    }
    if (before) removed.push(before);
    added.push(a);
  }
  // Anything not seen among the next list was deleted.
  if (kept + removed.length < previous.size) {
    const nextIds = new Set(next.map((a) => a.id));
    for (const [id, a] of previous) if (!nextIds.has(id)) removed.push(a);
  }
  return { added, removed };
}

/** The annotations of a list keyed by id, as the next diff's `previous`. */
export function annotationsById(annotations: readonly Annotation[]): Map<string, Annotation> {
  return new Map(annotations.map((a) => [a.id, a]));
}
