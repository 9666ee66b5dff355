import type { Annotation, Relation } from '../../shared/model';

// One index per array: every row of the panel asks, and arrays are replaced (never mutated) on change.
const byIdCache = new WeakMap<readonly Annotation[], Map<string, Annotation>>();
const byAnnotationCache = new WeakMap<readonly Relation[], Map<string, readonly Relation[]>>();
const none: readonly Relation[] = [];

/** The annotations of the open document by id, built once per annotations array. */
export function annotationsById(annotations: readonly Annotation[]): Map<string, Annotation> {
  let index = byIdCache.get(annotations);
  if (!index) byIdCache.set(annotations, (index = new Map(annotations.map((a) => [a.id, a]))));
  return index;
}

/**
 * The relations from or to one annotation, the same array object for as long as the relations
 * do not change, so a row re-renders only when its own relations do.
 */
export function relationsOfAnnotation(relations: readonly Relation[], annotationId: string): readonly Relation[] {
  let index = byAnnotationCache.get(relations);
  if (!index) {
    const built = new Map<string, Relation[]>();
    for (const r of relations) {
      for (const end of r.from === r.to ? [r.from] : [r.from, r.to]) {
        const list = built.get(end);
        if (list) list.push(r);
        else built.set(end, [r]);
      }
    }
    byAnnotationCache.set(relations, (index = built));
  }
  return index.get(annotationId) ?? none;
}
