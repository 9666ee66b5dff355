import { idFromName, type AnnotationSchema, type Label } from '../../shared/model';

// The schema editor's draft: what the user changed since the editor opened, sent whole with Save.
// New things get a placeholder id until then; their ids come from their names on Save.

/** The list with the item at `index` moved `by` places (-1: up), or the list itself at an end. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** A list with one item replaced. */
export function replacedAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((old, i) => (i === index ? item : old));
}

// Distinct hues that read on both themes' backgrounds; a new label takes the first one unused.
const NEW_LABEL_COLOURS = ['#d9534f', '#2a9d8f', '#8d6e63', '#e76f51', '#6c757d', '#457b9d', '#c2185b'];

/** A new label with a free placeholder id, a free name and an unused colour. */
export function newLabel(schema: AnnotationSchema): Label {
  const taken = (id: string) => schema.labels.some((l) => l.id === id);
  const names = new Set(schema.labels.map((l) => l.name.toLowerCase()));
  let name = 'New label';
  for (let i = 2; names.has(name.toLowerCase()); i++) name = `New label ${i}`;
  const colours = new Set(schema.labels.map((l) => l.colour.toLowerCase()));
  const colour = NEW_LABEL_COLOURS.find((c) => !colours.has(c)) ?? NEW_LABEL_COLOURS[0]!;
  return { id: idFromName(name, taken), name, colour, hotkeys: [], description: '', attributes: [] };
}

/** A placeholder id for a new relation type, event type or role: replaced from its name on Save. */
export function placeholderId(taken: readonly { id: string }[]): string {
  return idFromName('new', (id) => taken.some((t) => t.id === id));
}

/**
 * The draft as Save sends it: every label, relation type and event type that is not in the saved
 * schema gets an id made from its name (the project file reads better with "stance" than
 * "new-3"), and what named it by its placeholder names it by that id. Saved ones keep their ids:
 * annotations, relations and events point to them.
 */
export function withIdsFromNames(draft: AnnotationSchema, saved: AnnotationSchema): AnnotationSchema {
  const labelIds = freshIds(draft.labels, saved.labels);
  const eventTypeIds = freshIds(draft.eventTypes, saved.eventTypes);
  const relationTypeIds = freshIds(draft.relationTypes, saved.relationTypes);
  const label = (ids: string[]) => ids.map((id) => labelIds.get(id) ?? id);
  return {
    ...draft,
    labels: draft.labels.map((l) => ({ ...l, id: labelIds.get(l.id) ?? l.id })),
    relationTypes: draft.relationTypes.map((t) => ({
      ...t,
      id: relationTypeIds.get(t.id) ?? t.id,
      sourceLabels: label(t.sourceLabels),
      targetLabels: label(t.targetLabels),
    })),
    eventTypes: draft.eventTypes.map((t) => {
      const savedType = saved.eventTypes.find((s) => s.id === t.id);
      const roleIds = freshIds(t.roles, savedType?.roles ?? []);
      return {
        ...t,
        id: eventTypeIds.get(t.id) ?? t.id,
        triggerLabels: label(t.triggerLabels),
        roles: t.roles.map((r) => ({
          ...r,
          id: roleIds.get(r.id) ?? r.id,
          targetLabels: label(r.targetLabels),
          targetEventTypes: r.targetEventTypes.map((id) => eventTypeIds.get(id) ?? id),
        })),
      };
    }),
    equivalenceTypes: draft.equivalenceTypes.map((t) => ({ ...t, labels: label(t.labels) })),
  };
}

/** Placeholder id → id from the name, for the items not among `saved`. */
function freshIds(items: readonly { id: string; name: string }[], saved: readonly { id: string }[]) {
  const savedIds = new Set(saved.map((s) => s.id));
  const taken = new Set(items.filter((i) => savedIds.has(i.id)).map((i) => i.id));
  const fresh = new Map<string, string>();
  for (const item of items) {
    if (savedIds.has(item.id)) continue;
    const id = idFromName(item.name.trim().toLowerCase(), (candidate) => taken.has(candidate));
    taken.add(id);
    fresh.set(item.id, id);
  }
  return fresh;
}
