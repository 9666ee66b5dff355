import type { Annotation, EventRole, Relation, RelationType, TagwrightEvent } from '../../shared/model';
import { foldString } from '../../shared/search/folded-text';
import type { LinkPurpose, LinkSession } from '../store/link-session';
import { relationTargets } from '../relations/relation-candidates';

/** Targets further than this from the source (in characters) are offered only once the user types. */
export const NEARBY_CHARACTERS = 3000;

/** The names the user chooses from (types or roles), in the schema's order. */
export function choiceNames(purpose: LinkPurpose): string[] {
  return purpose.kind === 'relation' ? purpose.types.map((t) => t.name) : purpose.roles.map((r) => r.name);
}

/** The annotation at the start of the link: the relation's source or the event's trigger. */
export const linkSourceId = (purpose: LinkPurpose): string =>
  purpose.kind === 'relation' ? purpose.sourceId : purpose.triggerId;

/** The roles of an event type that an annotation may fill, and that the event may still take. */
export function openRoles(roles: readonly EventRole[], event: TagwrightEvent): EventRole[] {
  return roles.filter(
    (r) =>
      (r.targetLabels.length > 0 || r.targetEventTypes.length === 0) &&
      (r.repeatable || !event.arguments.some((a) => a.role === r.id)),
  );
}

/** What the document holds that link mode chooses from. */
export interface LinkContext {
  annotations: readonly Annotation[];
  relations: readonly Relation[];
  events: readonly TagwrightEvent[];
}

/** Every annotation the chosen type or role allows as the target, in text order. */
export function allowedTargets(session: LinkSession, context: LinkContext): Annotation[] {
  const { purpose, choice } = session;
  const source = context.annotations.find((a) => a.id === linkSourceId(purpose));
  if (!source) return [];
  if (purpose.kind === 'relation') {
    const type = purpose.types[choice];
    return type ? relationTargets(source, type, context.annotations, context.relations) : [];
  }
  const role = purpose.roles[choice];
  const event = context.events.find((e) => e.id === purpose.eventId);
  if (!role || !event) return [];
  const filled = new Set(event.arguments.filter((a) => a.role === role.id).map((a) => a.target));
  return context.annotations.filter(
    (a) =>
      a.id !== source.id &&
      !filled.has(a.id) &&
      (role.targetLabels.length === 0 || role.targetLabels.includes(a.label)),
  );
}

/**
 * For a drag from `source`: every annotation one of `types` allows as its target, with the types
 * that allow it (in the schema's order). A drop on one with a single type links at once; with
 * several, the user picks.
 */
export function relationTypesByTarget(
  source: Annotation,
  types: readonly RelationType[],
  context: LinkContext,
): Map<string, RelationType[]> {
  const byTarget = new Map<string, RelationType[]>();
  for (const type of types) {
    for (const target of relationTargets(source, type, context.annotations, context.relations)) {
      byTarget.set(target.id, [...(byTarget.get(target.id) ?? []), type]);
    }
  }
  return byTarget;
}

/**
 * The targets Tab moves over, nearest to the source first: those within NEARBY_CHARACTERS, or,
 * once the user has typed, every allowed target whose quote contains what was typed (case and
 * accents aside).
 */
export function offeredTargets(session: LinkSession, context: LinkContext): Annotation[] {
  const source = context.annotations.find((a) => a.id === linkSourceId(session.purpose));
  if (!source) return [];
  const distance = (a: Annotation) =>
    a.end <= source.start ? source.start - a.end : a.start >= source.end ? a.start - source.end : 0;
  const query = foldString(session.query.trim(), false);
  const targets = allowedTargets(session, context).filter((a) =>
    query ? foldString(a.quote, false).includes(query) : distance(a) <= NEARBY_CHARACTERS,
  );
  return targets.sort((a, b) => distance(a) - distance(b) || a.start - b.start);
}

/** The target after (step 1) or before (step -1) the current one, wrapping around; the first when none is current. */
export function steppedTarget(offered: readonly Annotation[], currentId: string | null, step: 1 | -1): string | null {
  if (offered.length === 0) return null;
  const at = offered.findIndex((a) => a.id === currentId);
  if (at === -1) return offered[step === 1 ? 0 : offered.length - 1]!.id;
  return offered[(at + step + offered.length) % offered.length]!.id;
}

/** The session with its target moved onto the offered list: kept if still offered, else the nearest. */
export function withOfferedTarget(session: LinkSession, context: LinkContext): LinkSession {
  const offered = offeredTargets(session, context);
  const kept = offered.some((a) => a.id === session.targetId) ? session.targetId : (offered[0]?.id ?? null);
  return kept === session.targetId ? session : { ...session, targetId: kept };
}
