import {
  GOLD_ANNOTATOR,
  type Annotation,
  type EventArgument,
  type Relation,
  type TagwrightEvent,
} from '../../shared/model';
import { candidateKey } from '../../shared/curation/curation-candidates';
import type { Transition } from './edit-history';
import type { ProjectModel } from './project-model';
import type { EditAuthor } from './annotation-edits';

// What accepting versions copies into the gold layer (curation-edits.ts): the spans, and the
// annotators' relations and events whose every end now has a gold copy, pointed at those copies.

/** The gold annotations of a document by candidate key (label and pieces): the gold copy of a version. */
export type GoldByKey = ReadonlyMap<string, Annotation>;

/** An annotator's version as a new gold annotation: everything they said about the span. */
export function goldCopy(version: Annotation, author: EditAuthor): Annotation {
  // Who changed it last is theirs, not gold's.
  const { updatedBy: _lastHand, ...kept } = version;
  return {
    ...structuredClone(kept),
    id: author.newId(),
    annotator: GOLD_ANNOTATOR,
    createdAt: author.at,
    updatedAt: author.at,
  };
}

/** The gold copy of an annotator's annotation, if gold has one. */
function goldOf(model: ProjectModel, goldByKey: GoldByKey, annotationId: string): Annotation | undefined {
  const a = model.annotations.get(annotationId);
  return a ? goldByKey.get(candidateKey(a)) : undefined;
}

/**
 * The annotators' relations of the document that this acceptance completes, as gold relations:
 * every one whose two ends have gold copies, one of them new in this edit (`fresh`), whichever
 * annotator's version of that span it starts or ends at; each once, and none gold has already.
 */
export function goldRelations(
  model: ProjectModel,
  documentId: string,
  goldByKey: GoldByKey,
  fresh: ReadonlySet<string>,
  author: EditAuthor,
): Transition<Relation>[] {
  const theirs = model.annotations.forDocument(documentId).filter((a) => a.annotator !== GOLD_ANNOTATOR);
  const made = new Set<string>();
  const existing = (type: string, from: string, to: string) =>
    model.relationsOf(from).some((r) => r.annotator === GOLD_ANNOTATOR && r.type === type && r.to === to);
  const transitions: Transition<Relation>[] = [];
  for (const r of model.relationsAmong(theirs)) {
    if (r.annotator === GOLD_ANNOTATOR) continue;
    const from = goldOf(model, goldByKey, r.from);
    const to = goldOf(model, goldByKey, r.to);
    if (!from || !to || !(fresh.has(from.id) || fresh.has(to.id))) continue;
    const key = `${r.type} ${from.id} ${to.id}`;
    if (made.has(key) || existing(r.type, from.id, to.id)) continue;
    made.add(key);
    const { id: _id, annotator: _annotator, ...kept } = r;
    const relation: Relation = {
      ...structuredClone(kept),
      id: author.newId(),
      from: from.id,
      to: to.id,
      annotator: GOLD_ANNOTATOR,
    };
    transitions.push({ before: null, after: relation });
  }
  return transitions;
}

/**
 * The annotators' events of the document that this acceptance completes, as gold events: every
 * one whose trigger and arguments all have gold copies (an event argument: that event's gold
 * copy) and at least one of them is new in this edit (`fresh`, the new gold annotations' ids), so
 * an event comes along when its last missing end is accepted, whichever that is. Roles point at
 * the gold copies; an event gold has already (same type, trigger and arguments) is not copied
 * again, so two annotators' identical events make one. Repeated until nothing more comes, since a
 * copied event may complete an event that takes it as an argument.
 */
export function goldEvents(
  model: ProjectModel,
  documentId: string,
  goldByKey: GoldByKey,
  fresh: ReadonlySet<string>,
  author: EditAuthor,
): Transition<TagwrightEvent>[] {
  const inDocument = model.eventsIn(documentId);
  const theirs = inDocument.filter((e) => e.annotator !== GOLD_ANNOTATOR);
  const goldBySignature = new Map(
    inDocument.filter((e) => e.annotator === GOLD_ANNOTATOR).map((e) => [signatureOf(e), e]),
  );
  const goldEventOf = new Map<string, TagwrightEvent>();
  const newIds = new Set(fresh);
  const transitions: Transition<TagwrightEvent>[] = [];
  const mappedArgument = (a: EventArgument): EventArgument | undefined => {
    const target = a.targetKind === 'event' ? goldEventOf.get(a.target) : goldOf(model, goldByKey, a.target);
    return target ? { ...a, target: target.id } : undefined;
  };
  for (let found = true; found;) {
    found = false;
    for (const e of theirs) {
      if (goldEventOf.has(e.id)) continue;
      const trigger = goldOf(model, goldByKey, e.trigger);
      const args = e.arguments.map(mappedArgument);
      if (!trigger || args.some((a) => !a)) continue;
      const mapped = { type: e.type, trigger: trigger.id, arguments: args as EventArgument[] };
      const same = goldBySignature.get(signatureOf(mapped));
      if (same) {
        goldEventOf.set(e.id, same);
      } else {
        if (![mapped.trigger, ...mapped.arguments.map((a) => a.target)].some((id) => newIds.has(id))) continue;
        const copy = goldEventCopy(e, mapped, author);
        goldBySignature.set(signatureOf(copy), copy);
        goldEventOf.set(e.id, copy);
        newIds.add(copy.id);
        transitions.push({ before: null, after: copy });
      }
      found = true;
    }
  }
  return transitions;
}

function goldEventCopy(
  e: TagwrightEvent,
  mapped: Pick<TagwrightEvent, 'trigger' | 'arguments'>,
  author: EditAuthor,
): TagwrightEvent {
  const { id: _id, annotator: _annotator, updatedBy: _lastHand, ...kept } = e;
  return {
    ...structuredClone(kept),
    ...mapped,
    id: author.newId(),
    annotator: GOLD_ANNOTATOR,
    createdAt: author.at,
    updatedAt: author.at,
  };
}

/** What makes two events the same event: type, trigger and arguments in order. */
const signatureOf = (e: Pick<TagwrightEvent, 'type' | 'trigger' | 'arguments'>): string =>
  JSON.stringify([e.type, e.trigger, e.arguments.map((a) => [a.role, a.targetKind, a.target])]);
