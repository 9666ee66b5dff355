import type { Annotation } from '../../shared/model';

/** What changed between two renders' annotation lists (a changed annotation is removed and added). */
export interface AnnotationChanges {
  added: Annotation[];
  removed: Annotation[];
}

/**
 * Compares by id and object identity: the store replaces an annotation object when it changes
 * and keeps the others. The lists' common head and tail are skipped by pointer comparison (one
 * label key adds one object somewhere in a list of thousands); only the middle needs lookups.
 */
export function diffAnnotations(
  previous: readonly Annotation[],
  previousById: ReadonlyMap<string, Annotation>,
  next: readonly Annotation[],
): AnnotationChanges {
  let head = 0;
  const shorter = Math.min(previous.length, next.length);
  while (head < shorter && previous[head] === next[head]) head++;
  let tail = 0;
  while (tail < shorter - head && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  const added: Annotation[] = [];
  const removed: Annotation[] = [];
  if (head + tail === previous.length && head + tail === next.length) return { added, removed };

  const middle = new Set<Annotation>();
  for (let i = head; i < next.length - tail; i++) {
    const a = next[i]!;
    middle.add(a);
    if (previousById.get(a.id) !== a) added.push(a);
  }
  // Anything of the old middle not kept as the same object was deleted or replaced.
  for (let i = head; i < previous.length - tail; i++) {
    const a = previous[i]!;
    if (!middle.has(a)) removed.push(a);
  }
  return { added, removed };
}

/** The annotations of a list keyed by id, as the next diff's `previousById`. */
export function annotationsById(annotations: readonly Annotation[]): Map<string, Annotation> {
  return new Map(annotations.map((a) => [a.id, a]));
}
