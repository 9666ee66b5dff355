import type { EventType, Relation, RelationType, TagwrightEvent } from '../../shared/model';

/** One connector to draw: a relation (source → target) or an event role (trigger → argument). */
export interface ArcSpec {
  /** Stable across redraws: `relation:<id>` or `role:<event id>:<argument index>`. */
  id: string;
  kind: 'relation' | 'role';
  /** Annotation ids of the two ends. */
  from: string;
  to: string;
  /** The relation type's or the role's name, written on the arc. */
  label: string;
}

/**
 * Every arc of the open document: one per relation, one per event argument. An argument that is
 * another event is drawn to that event's trigger; an argument whose event is unknown is left out.
 */
export function documentArcs(
  relations: readonly Relation[],
  events: readonly TagwrightEvent[],
  relationTypes: readonly RelationType[],
  eventTypes: readonly EventType[],
): ArcSpec[] {
  const typeNames = new Map(relationTypes.map((t) => [t.id, t.name]));
  const arcs: ArcSpec[] = relations.map((r) => ({
    id: `relation:${r.id}`,
    kind: 'relation',
    from: r.from,
    to: r.to,
    label: typeNames.get(r.type) ?? r.type,
  }));
  const triggers = new Map(events.map((e) => [e.id, e.trigger]));
  const roleNames = new Map(eventTypes.map((t) => [t.id, new Map(t.roles.map((r) => [r.id, r.name]))]));
  for (const event of events) {
    event.arguments.forEach((argument, index) => {
      const to = argument.targetKind === 'event' ? triggers.get(argument.target) : argument.target;
      if (to === undefined) return;
      const label = roleNames.get(event.type)?.get(argument.role) ?? argument.role;
      arcs.push({ id: `role:${event.id}:${index}`, kind: 'role', from: event.trigger, to, label });
    });
  }
  return arcs;
}
