import type { AnnotationSchema } from './schema';

/**
 * The schema without one label: the relation, event and group types that allowed it allow
 * `moveTo` in its place (where its annotations went), or, with none, simply drop it. Main's
 * deleteLabel and the schema editor's draft both take a label away with this.
 */
export function schemaWithoutLabel(
  schema: AnnotationSchema,
  labelId: string,
  moveTo: string | undefined,
): AnnotationSchema {
  const replaced = (ids: readonly string[]) => [
    ...new Set(ids.flatMap((id) => (id !== labelId ? [id] : moveTo !== undefined ? [moveTo] : []))),
  ];
  return {
    ...schema,
    labels: schema.labels.filter((l) => l.id !== labelId),
    relationTypes: schema.relationTypes.map((t) => ({
      ...t,
      sourceLabels: replaced(t.sourceLabels),
      targetLabels: replaced(t.targetLabels),
    })),
    eventTypes: schema.eventTypes.map((t) => ({
      ...t,
      triggerLabels: replaced(t.triggerLabels),
      roles: t.roles.map((r) => ({ ...r, targetLabels: replaced(r.targetLabels) })),
    })),
    equivalenceTypes: schema.equivalenceTypes.map((t) => ({ ...t, labels: replaced(t.labels) })),
  };
}
