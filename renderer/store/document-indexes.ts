import type { Annotation, Relation, TagwrightEvent } from '../../shared/model';

// One index per array: every row of the panel asks, and arrays are replaced (never mutated) on change.
const byIdCache = new WeakMap<readonly Annotation[], Map<string, Annotation>>();
const none: readonly never[] = [];

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
  return itemsOfAnnotation(relationIndexes, relations, (r) => [r.from, r.to], annotationId);
}

/** The events an annotation triggers or fills a role of, stable in the same way. */
export function eventsOfAnnotation(events: readonly TagwrightEvent[], annotationId: string): readonly TagwrightEvent[] {
  return itemsOfAnnotation(
    eventIndexes,
    events,
    (e) => [e.trigger, ...e.arguments.filter((a) => a.targetKind === 'annotation').map((a) => a.target)],
    annotationId,
  );
}

const relationIndexes = new WeakMap<readonly Relation[], Map<string, readonly Relation[]>>();
const eventIndexes = new WeakMap<readonly TagwrightEvent[], Map<string, readonly TagwrightEvent[]>>();

/** One list's items by the annotations they touch, built once per list; each item once per annotation. */
function itemsOfAnnotation<T>(
  cache: WeakMap<readonly T[], Map<string, readonly T[]>>,
  items: readonly T[],
  endsOf: (item: T) => string[],
  annotationId: string,
): readonly T[] {
  let index = cache.get(items);
  if (!index) {
    const built = new Map<string, T[]>();
    for (const item of items) {
      for (const end of new Set(endsOf(item))) {
        const list = built.get(end);
        if (list) list.push(item);
        else built.set(end, [item]);
      }
    }
    cache.set(items, (index = built));
  }
  return index.get(annotationId) ?? none;
}
