import {
  equivalenceSchema,
  eventSchema,
  findArgumentCycle,
  type Equivalence,
  type EventArgument,
  type TagwrightEvent,
} from '../../shared/model';
import {
  corpusProblem,
  type CorpusProblem,
  type ParsedDocument,
  type ParsedEvent,
} from '../../shared/formats/corpus/parsed-corpus';
import type { PlanningContext } from './corpus-import-context';
import { authorshipOf, coerceAttributes, remarksOf } from './imported-values';

/** What planning a document's events or groups gave: the things, and what stood in the way. */
interface Planned {
  problems: CorpusProblem[];
  warnings: CorpusProblem[];
}

/**
 * A parsed document's events, once its spans are annotations (`annotationOfKey`): each with its
 * type resolved, its trigger and arguments made ids of this document, checked by the model's
 * schema, and no event an argument of itself. An event whose trigger or argument was refused (a
 * span or event already reported) is left out with it.
 */
export function planEvents(
  context: PlanningContext,
  fileName: string,
  parsed: ParsedDocument,
  documentId: string,
  annotationOfKey: ReadonlyMap<string, string>,
): Planned & { events: TagwrightEvent[] } {
  const planned: Planned & { events: TagwrightEvent[] } = { events: [], problems: [], warnings: [] };
  const parsedEvents = parsed.events ?? [];
  const problem = (e: ParsedEvent, message: string) =>
    planned.problems.push(corpusProblem(fileName, `event ${e.key}: ${message}`, e.line ?? parsed.line));
  const spanKeys = new Set(parsed.spans.map((s) => s.key));
  const eventKeys = new Set(parsedEvents.map((e) => e.key));
  const missing = (a: Pick<EventArgument, 'target' | 'targetKind'>) =>
    !(a.targetKind === 'event' ? eventKeys : spanKeys).has(a.target);

  // First each event on its own; events that name events are kept only if those are.
  const candidates = new Map<string, { parsed: ParsedEvent; event: TagwrightEvent }>();
  for (const e of parsedEvents) {
    const type = context.labels.eventType(e.type, fileName, e.line ?? parsed.line);
    if (type.problem) planned.problems.push(type.problem);
    const trigger = annotationOfKey.get(e.trigger);
    const unknown = [{ target: e.trigger, targetKind: 'annotation' as const }, ...e.arguments].find(missing);
    if (unknown) problem(e, `it refers to ${unknown.target}, which is not in the file`);
    const args = e.arguments.map((a) =>
      a.targetKind === 'event' ? a : { ...a, target: annotationOfKey.get(a.target) ?? '' },
    );
    // A span refused (or an unknown type) is reported already; the event goes with it.
    if (!type.entry || !trigger || unknown || args.some((a) => a.target === '')) continue;
    const event: TagwrightEvent = {
      id: context.index.chooseId(e.key),
      documentId,
      type: type.entry.id,
      trigger,
      arguments: args,
      attributes: coerceAttributes(e.attributes, type.entry.attributes),
      note: e.note,
      ...remarksOf(e),
      ...authorshipOf(e, context.at),
    };
    candidates.set(e.key, { parsed: e, event });
  }
  let dropped = true;
  while (dropped) {
    dropped = false;
    for (const [key, { event }] of candidates) {
      if (event.arguments.some((a) => a.targetKind === 'event' && !candidates.has(a.target))) {
        candidates.delete(key);
        dropped = true;
      }
    }
  }

  const idOfKey = new Map([...candidates].map(([key, { event }]) => [key, event.id]));
  const resolved = [...candidates.values()].map(({ parsed: e, event }) => ({
    parsed: e,
    event: {
      ...event,
      arguments: event.arguments.map((a) => (a.targetKind === 'event' ? { ...a, target: idOfKey.get(a.target)! } : a)),
    },
  }));
  const cycle = findArgumentCycle(
    resolved.map((r) => r.event),
    new Map(resolved.map((r) => [r.event.id, r.event])),
  );
  const inCycle = new Set(cycle?.path ?? []);
  if (cycle) {
    const keys = cycle.path.map((id) => resolved.find((r) => r.event.id === id)!.parsed.key);
    problem(resolved[cycle.index]!.parsed, `it is, through its arguments, an argument of itself (${keys.join(' → ')})`);
  }
  for (const { parsed: e, event } of resolved) {
    if (inCycle.has(event.id) || event.arguments.some((a) => a.targetKind === 'event' && inCycle.has(a.target)))
      continue;
    const checked = eventSchema.safeParse(event);
    if (checked.success) planned.events.push(checked.data);
    else problem(e, issueText(checked.error.issues[0]!));
  }
  return planned;
}

/**
 * A parsed document's equivalence groups: type resolved, members made annotation ids (each once:
 * two spans of a group may have come in as one annotation). A group left with fewer than two
 * members is a warning, not an import problem.
 */
export function planEquivalences(
  context: PlanningContext,
  fileName: string,
  parsed: ParsedDocument,
  documentId: string,
  annotationOfKey: ReadonlyMap<string, string>,
): Planned & { equivalences: Equivalence[] } {
  const planned: Planned & { equivalences: Equivalence[] } = { equivalences: [], problems: [], warnings: [] };
  const spanKeys = new Set(parsed.spans.map((s) => s.key));
  for (const g of parsed.equivalences ?? []) {
    const line = g.line ?? parsed.line;
    const type = context.labels.equivalenceType(g.type, fileName, line);
    if (type.problem) planned.problems.push(type.problem);
    const unknown = g.members.find((key) => !spanKeys.has(key));
    if (unknown) {
      const message = `${g.type} group: ${unknown} is not an annotation of this document`;
      planned.problems.push(corpusProblem(fileName, message, line));
      continue;
    }
    const members = [...new Set(g.members.map((key) => annotationOfKey.get(key)))];
    // A member refused (or an unknown type) is reported already.
    if (!type.entry || members.some((m) => m === undefined)) continue;
    if (members.length < 2) {
      const message = `${g.type} group of ${g.members.join(', ')}: its members are one annotation, so it is not kept`;
      planned.warnings.push(corpusProblem(fileName, message, line));
      continue;
    }
    const group = equivalenceSchema.safeParse({
      id: context.index.chooseId(g.key),
      documentId,
      type: type.entry.id,
      members,
      annotator: g.annotator ?? '',
    });
    if (group.success) planned.equivalences.push(group.data);
    else planned.problems.push(corpusProblem(fileName, `${g.type} group: ${issueText(group.error.issues[0]!)}`, line));
  }
  return planned;
}

/** A schema issue as the import reports it: where in the event or group, and what is wrong. */
function issueText(issue: { path: PropertyKey[]; message: string }): string {
  return issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message;
}
