import type { Annotation, EventType, RelationType, TagwrightEvent } from '../../shared/model';
import { quoteExcerpt } from '../display-text/quote-excerpt';
import { relationTypesFrom } from '../relations/relation-candidates';
import { createEvent, setEventArguments } from '../store/event-commands';
import type { LinkPurpose, LinkSession } from '../store/link-session';
import { createRelation } from '../store/relation-commands';
import { selectLabels, selectReadOnly, useWorkbench } from '../store/workbench-store';
import {
  choiceNames,
  offeredTargets,
  openRoles,
  relationTypesByTarget,
  steppedTarget,
  withOfferedTarget,
  type LinkContext,
} from './link-targets';

/** Where link mode shows its target: the document view's reveal (scrolls it into view). */
export type RevealTarget = (annotationId: string) => void;

const store = () => useWorkbench.getState();
const say = (notice: string) => store().setLinkNotice(notice);

function context(): LinkContext {
  const current = store().current;
  return {
    annotations: current?.annotations ?? [],
    relations: current?.relations ?? [],
    events: current?.events ?? [],
  };
}

const annotation = (id: string): Annotation | undefined => store().current?.annotations.find((a) => a.id === id);
const quoted = (id: string) => `“${quoteExcerpt(annotation(id)?.quote ?? '')}”`;
const labelName = (a: Annotation) => selectLabels(store()).find((l) => l.id === a.label)?.name ?? a.label;

/** Puts a session in the store with its target on the offered list, and shows that target. */
function begin(session: LinkSession, reveal: RevealTarget): void {
  const placed = withOfferedTarget(session, context());
  store().setLinking(placed);
  if (placed.targetId && placed.targetId !== session.targetId) reveal(placed.targetId);
}

/** The relation key on a selected annotation: link mode with the types that may start from its label. */
export function startRelationLink(source: Annotation, reveal: RevealTarget): void {
  const types = relationTypesFrom(source.label, store().session?.project?.schema.relationTypes ?? []);
  if (types.length === 0) {
    say(`No relation starts from ${labelName(source)} in this schema.`);
    return;
  }
  begin({ purpose: { kind: 'relation', sourceId: source.id, types }, choice: 0, query: '', targetId: null }, reveal);
}

/** The event types whose trigger may be an annotation of this label. */
export function eventTypesFor(label: string): EventType[] {
  const types = store().session?.project?.schema.eventTypes ?? [];
  return types.filter((t) => t.triggerLabels.length === 0 || t.triggerLabels.includes(label));
}

/** The event key: an event of the first type this label may trigger, then link mode for its roles. */
export async function startEventOn(trigger: Annotation, reveal: RevealTarget): Promise<void> {
  const type = eventTypesFor(trigger.label)[0];
  if (!type) {
    say(`${labelName(trigger)} cannot trigger an event in this schema.`);
    return;
  }
  const change = await createEvent(type.id, trigger.id);
  if (change.status !== 'done') return;
  const event = change.value.events.added[0];
  if (!event) return;
  const number = store().current?.events.filter((e) => e.trigger === trigger.id).length ?? 1;
  say(`${type.name} ${number} created on ${quoted(trigger.id)}.`);
  startRoleLink(event, reveal);
}

/** Link mode for the roles an event may still take (from the key after creating it, or the panel's "Add role"). */
export function startRoleLink(event: TagwrightEvent, reveal: RevealTarget): void {
  const type = store().session?.project?.schema.eventTypes.find((t) => t.id === event.type);
  const roles = type ? openRoles(type.roles, event) : [];
  if (roles.length === 0) {
    store().setLinking(null);
    return;
  }
  const purpose: LinkPurpose = { kind: 'role', eventId: event.id, triggerId: event.trigger, roles };
  begin({ purpose, choice: 0, query: '', targetId: null }, reveal);
}

/** Tab / Shift+Tab: the next or previous target offered. */
export function moveTarget(session: LinkSession, step: 1 | -1, reveal: RevealTarget): void {
  const targetId = steppedTarget(offeredTargets(session, context()), session.targetId, step);
  store().setLinking({ ...session, targetId });
  if (targetId) reveal(targetId);
}

/** A digit or an arrow: another relation type or role; the nearest target it allows takes the focus. */
export function chooseLink(session: LinkSession, choice: number, reveal: RevealTarget): void {
  const count = choiceNames(session.purpose).length;
  if (choice < 0 || choice >= count || choice === session.choice) return;
  begin({ ...session, choice, targetId: null }, reveal);
}

/** Type-ahead: the new query filters the targets; the current one stays if it still matches. */
export function typeInLink(session: LinkSession, query: string, reveal: RevealTarget): void {
  begin({ ...session, query }, reveal);
}

/** Enter: makes the relation (and leaves link mode) or adds the role (and stays, for the next role). */
export async function commitLink(session: LinkSession, reveal: RevealTarget): Promise<void> {
  const { purpose, targetId } = session;
  if (!targetId) return;
  if (purpose.kind === 'relation') {
    if (await linkWithRelation(purpose.types[session.choice]!, purpose.sourceId, targetId)) store().setLinking(null);
    return;
  }
  const event = store().current?.events.find((e) => e.id === purpose.eventId);
  const role = purpose.roles[session.choice];
  if (!event || !role) return;
  const args = [...event.arguments, { role: role.id, target: targetId, targetKind: 'annotation' as const }];
  const change = await setEventArguments(event.id, args);
  if (change.status !== 'done') return;
  say(`Added ${role.name} ${quoted(targetId)}.`);
  const updated = store().current?.events.find((e) => e.id === event.id);
  if (updated) startRoleLink(updated, reveal);
}

/** Makes one relation (one undo step) and says so; false when main refused it (the failure is said). */
export async function linkWithRelation(type: RelationType, sourceId: string, targetId: string): Promise<boolean> {
  const change = await createRelation(type.id, sourceId, targetId);
  if (change.status !== 'done') return false;
  say(`Linked ${quoted(sourceId)} ${type.name} ${quoted(targetId)}.`);
  return true;
}

/** What a drag from a highlight may link: its source and, per allowed target, the relation types that fit. */
export interface DragPlan {
  sourceId: string;
  targets: ReadonlyMap<string, readonly RelationType[]>;
}

/**
 * The drag a press on a highlight would start: from the first of its annotations (innermost
 * first) whose label starts a relation type; null in a read-only project, in link mode, or when
 * none does.
 */
export function dragPlanFrom(annotationIds: readonly string[]): DragPlan | null {
  const state = store();
  if (!state.current || state.linking || selectReadOnly(state)) return null;
  const types = state.session?.project?.schema.relationTypes ?? [];
  for (const id of annotationIds) {
    const source = annotation(id);
    const from = source ? relationTypesFrom(source.label, types) : [];
    if (source && from.length > 0) return { sourceId: id, targets: relationTypesByTarget(source, from, context()) };
  }
  return null;
}

/** Says something about linking in the link bar's live region (a drag that made nothing, and why). */
export const announceLink = (notice: string): void => say(notice);

/** Escape: leaves link mode. */
export function leaveLink(): void {
  store().setLinking(null);
  say('Link mode left.');
}
