import type { Annotation, Relation, RelationType } from '../../shared/model';

/** The relation types an annotation of `label` may start (an empty source list allows any label). */
export function relationTypesFrom(label: string, types: readonly RelationType[]): RelationType[] {
  return types.filter((t) => t.sourceLabels.length === 0 || t.sourceLabels.includes(label));
}

/**
 * The annotations `from` may be linked to with `type`, in the order given (text order): of an
 * allowed label, not `from` itself, not already linked to it with that type.
 */
export function relationTargets(
  from: Annotation,
  type: RelationType,
  annotations: readonly Annotation[],
  relations: readonly Relation[],
): Annotation[] {
  const linked = new Set(relations.filter((r) => r.type === type.id && r.from === from.id).map((r) => r.to));
  return annotations.filter(
    (a) =>
      a.id !== from.id && !linked.has(a.id) && (type.targetLabels.length === 0 || type.targetLabels.includes(a.label)),
  );
}
