import { isId, type EventRole } from '../../shared/model';
import type { ParsedEvent } from '../../shared/formats/corpus/parsed-corpus';

/**
 * The roles each event type's events use in the files (by the type's name after --map-label), for
 * the event types an import adds: any target, repeatable when an event has the role twice. The
 * list a type gets is kept up to date as more events are counted, so a file read a line at a time
 * gives its added types every role, as a file read whole does.
 */
export class EventRoleTally {
  readonly #byType = new Map<string, { list: EventRole[]; byId: Map<string, EventRole> }>();

  constructor(private readonly mapped: (name: string) => string) {}

  add(events: readonly ParsedEvent[]): void {
    for (const event of events) {
      const roles = this.#roles(this.mapped(event.type));
      const counts = new Map<string, number>();
      for (const { role } of event.arguments) counts.set(role, (counts.get(role) ?? 0) + 1);
      for (const [role, count] of counts) {
        if (!isId(role)) continue; // the event itself is refused, naming the role
        const known = roles.byId.get(role);
        if (known) known.repeatable ||= count > 1;
        else {
          const added = { id: role, name: role, targetLabels: [], targetEventTypes: [], repeatable: count > 1 };
          roles.byId.set(role, added);
          roles.list.push(added);
        }
      }
    }
  }

  /** The roles counted for `type` (a live list: later counts add to it). */
  rolesOf(type: string): EventRole[] {
    return this.#roles(type).list;
  }

  #roles(type: string) {
    let roles = this.#byType.get(type);
    if (!roles) this.#byType.set(type, (roles = { list: [], byId: new Map() }));
    return roles;
  }
}
