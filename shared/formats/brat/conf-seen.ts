import type { EventArgument, TagwrightEvent } from '../../model';

/**
 * What an export wrote that brat's annotation.conf must declare for its verify_annotations (and
 * its editor) to accept the files: each attribute's values and what carries it, each event type's
 * roles with the types of what filled them, each equivalence type's member labels.
 */
export class ConfSeen {
  readonly attributes = new Map<string, { on: Set<string>; values: Set<string> }>();
  readonly eventTypes = new Map<string, Map<string, { targets: Set<string>; repeated: boolean }>>();
  readonly equivalenceTypes = new Map<string, Set<string>>();

  /** Notes attribute values as they are written on things of `type` (a label or an event type): '' is binary. */
  attributesOf(type: string): (name: string, token: string) => void {
    return (name, token) => {
      let seen = this.attributes.get(name);
      if (!seen) this.attributes.set(name, (seen = { on: new Set(), values: new Set() }));
      seen.on.add(type);
      if (token !== '') seen.values.add(token);
    };
  }

  /** Notes an event's type and roles; `typeOf` names what an argument is (a label or an event type). */
  event(e: TagwrightEvent, typeOf: (a: EventArgument) => string): void {
    let roles = this.eventTypes.get(e.type);
    if (!roles) this.eventTypes.set(e.type, (roles = new Map()));
    const counts = new Map<string, number>();
    for (const a of e.arguments) {
      let role = roles.get(a.role);
      if (!role) roles.set(a.role, (role = { targets: new Set(), repeated: false }));
      role.targets.add(typeOf(a));
      counts.set(a.role, (counts.get(a.role) ?? 0) + 1);
      role.repeated ||= counts.get(a.role)! > 1;
    }
  }

  equivalence(type: string, labels: readonly string[]): void {
    let seen = this.equivalenceTypes.get(type);
    if (!seen) this.equivalenceTypes.set(type, (seen = new Set()));
    for (const label of labels) seen.add(label);
  }
}
