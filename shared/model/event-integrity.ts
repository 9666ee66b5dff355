import type { Project } from './project';
import type { TagwrightEvent } from './event';
import type { AnnotationIdIndex } from './annotation-id-index';

/** Records one problem at a JSON path; true when the caller should stop (the limit is reached). */
export type ReportProblem = (path: string, message: string) => boolean;

/**
 * The rules of events and equivalence groups zod cannot check: unique ids, known types, and every
 * trigger, argument and member an annotation (or event) of the event's own document; and no event
 * that is, through its arguments, an argument of itself. Returns true when `report` said stop.
 */
export function reportEventProblems(project: Project, ids: AnnotationIdIndex, report: ReportProblem): boolean {
  const documentIds = new Set(project.documents.map((d) => d.id));
  const documentOf = (annotationId: string) => {
    const i = ids.positionOf(annotationId);
    return i === undefined ? undefined : project.annotations[i]!.documentId;
  };
  const events = new Map<string, TagwrightEvent>();
  const eventTypes = new Set(project.schema.eventTypes.map((t) => t.id));
  for (const [i, e] of project.events.entries()) {
    const at = `events[${i}]`;
    if (events.has(e.id)) {
      if (report(`${at}.id`, `duplicate event id "${e.id}"`)) return true;
      continue;
    }
    events.set(e.id, e);
    if (
      !documentIds.has(e.documentId) &&
      report(`${at}.documentId`, `event "${e.id}" points to missing document "${e.documentId}"`)
    )
      return true;
    if (!eventTypes.has(e.type) && report(`${at}.type`, `event "${e.id}" has unknown type "${e.type}"`)) return true;
    if (
      documentOf(e.trigger) !== e.documentId &&
      report(`${at}.trigger`, elsewhere(e, 'trigger', 'annotation', e.trigger, documentOf(e.trigger)))
    )
      return true;
  }
  for (const [i, e] of project.events.entries()) {
    for (const [k, arg] of e.arguments.entries()) {
      const targetDocument = arg.targetKind === 'event' ? events.get(arg.target)?.documentId : documentOf(arg.target);
      if (targetDocument !== e.documentId) {
        const message = elsewhere(e, `argument ${arg.role}`, arg.targetKind, arg.target, targetDocument);
        if (report(`events[${i}].arguments[${k}]`, message)) return true;
      }
    }
  }
  const cycle = findArgumentCycle(project.events, events);
  if (cycle) {
    const message = `event "${cycle.id}" is, through its arguments, an argument of itself (${cycle.path.join(' → ')})`;
    if (report(`events[${cycle.index}].arguments`, message)) return true;
  }

  const groups = new Set<string>();
  const groupTypes = new Set(project.schema.equivalenceTypes.map((t) => t.id));
  for (const [i, g] of project.equivalences.entries()) {
    const at = `equivalences[${i}]`;
    if (groups.has(g.id)) {
      if (report(`${at}.id`, `duplicate equivalence id "${g.id}"`)) return true;
      continue;
    }
    groups.add(g.id);
    if (!groupTypes.has(g.type) && report(`${at}.type`, `equivalence "${g.id}" has unknown type "${g.type}"`))
      return true;
    const seen = new Set<string>();
    for (const [k, member] of g.members.entries()) {
      const where = documentOf(member);
      const message = seen.has(member)
        ? `equivalence "${g.id}" lists annotation "${member}" twice`
        : where === undefined
          ? `equivalence "${g.id}" points to missing annotation "${member}"`
          : where !== g.documentId
            ? `equivalence "${g.id}" of document "${g.documentId}" holds annotation "${member}" of document "${where}"`
            : null;
      seen.add(member);
      if (message && report(`${at}.members[${k}]`, message)) return true;
    }
  }
  return false;
}

function elsewhere(
  e: TagwrightEvent,
  what: string,
  kind: 'annotation' | 'event',
  target: string,
  targetDocument: string | undefined,
): string {
  return targetDocument === undefined
    ? `event "${e.id}" ${what} points to missing ${kind} "${target}"`
    : `event "${e.id}" of document "${e.documentId}" has as ${what} ${kind} "${target}" of document "${targetDocument}"`;
}

/**
 * The first event that reaches itself through event arguments, with the way round; null when
 * there is none. Iterative depth-first search (three colours), so a long chain cannot overflow the stack.
 */
export function findArgumentCycle(
  list: readonly TagwrightEvent[],
  byId: ReadonlyMap<string, TagwrightEvent>,
): { id: string; index: number; path: string[] } | null {
  const state = new Map<string, 'open' | 'done'>();
  for (const start of list) {
    if (state.has(start.id)) continue;
    const stack: { event: TagwrightEvent; next: number }[] = [{ event: start, next: 0 }];
    state.set(start.id, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const arg = top.event.arguments[top.next++];
      if (!arg) {
        state.set(top.event.id, 'done');
        stack.pop();
        continue;
      }
      if (arg.targetKind !== 'event') continue;
      const target = byId.get(arg.target);
      if (!target || state.get(target.id) === 'done') continue;
      if (state.get(target.id) === 'open') {
        const from = stack.findIndex((s) => s.event.id === target.id);
        const path = [...stack.slice(from).map((s) => s.event.id), target.id];
        return { id: target.id, index: list.indexOf(target), path };
      }
      state.set(target.id, 'open');
      stack.push({ event: target, next: 0 });
    }
  }
  return null;
}
