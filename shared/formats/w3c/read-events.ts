import type { EventArgument, Normalization } from '../../model';
import type { ParsedDocument, ParsedEvent } from '../corpus/parsed-corpus';
import { isRecord } from '../corpus/json-fields';
import { tagwrightIri } from './w3c-iri';
import { asList, creatorName, describedAttributes, identifyingNormalization } from './w3c-bodies';

const EVENT_IRI = tagwrightIri.event('');
const ARGUMENT_IRI = /^urn:tagwright:event:([A-Za-z0-9_-]+):argument:(\d+)$/;
const EQUIVALENCE_IRI = tagwrightIri.equivalence('');

/** What our export writes for events and groups (event-items.ts), recognised by their ids. */
export type EventItemKind = 'event' | 'argument' | 'equivalence';

export function eventItemKind(item: Record<string, unknown>): EventItemKind | null {
  if (typeof item.id !== 'string') return null;
  if (ARGUMENT_IRI.test(item.id)) return 'argument';
  if (item.id.startsWith(EVENT_IRI)) return 'event';
  return item.id.startsWith(EQUIVALENCE_IRI) ? 'equivalence' : null;
}

/**
 * Reads our export's events and groups back into the documents their triggers and members are
 * in (`documentOf`: a span's key, its annotation's IRI, → its document). An event is keyed by
 * its id without the IRI, its arguments put in their numbered order. Returns what is wrong, per item.
 */
export function readEventItems(
  items: readonly { item: Record<string, unknown>; kind: EventItemKind; index: number }[],
  documentOf: ReadonlyMap<string, ParsedDocument>,
): { index: number; problem: string }[] {
  const problems: { index: number; problem: string }[] = [];
  const events = new Map<string, { event: ParsedEvent; document: ParsedDocument }>();
  for (const { item, kind, index } of items) {
    if (kind !== 'event') continue;
    const bodies = asList(item.body).filter(isRecord);
    const type = bodies.find((b) => b.purpose === 'classifying' && typeof b.value === 'string')?.value;
    const trigger = typeof item.target === 'string' ? item.target : undefined;
    const document = trigger ? documentOf.get(trigger) : undefined;
    if (typeof type !== 'string' || !trigger || !document) {
      problems.push({ index, problem: 'an event needs a classifying body and a target annotation in this file' });
      continue;
    }
    const key = (item.id as string).slice(EVENT_IRI.length);
    events.set(key, {
      event: { key, type, trigger, arguments: [], ...remarksOf(bodies), ...authorship(item) },
      document,
    });
  }
  const numbered: { n: number; key: string; argument: EventArgument }[] = [];
  for (const { item, kind, index } of items) {
    if (kind !== 'argument') continue;
    const [, key = '', n = '0'] = ARGUMENT_IRI.exec(item.id as string) ?? [];
    const bodies = asList(item.body).filter(isRecord);
    const role = bodies.find((b) => b.purpose === 'tagging' && typeof b.value === 'string')?.value;
    const source = bodies.find((b) => b.purpose === 'linking')?.source;
    const target = typeof source === 'string' ? argumentTarget(source) : null;
    if (!events.has(key) || typeof role !== 'string' || !target) {
      problems.push({
        index,
        problem: 'an event argument needs its event in this file, a tagging body and a linking body',
      });
      continue;
    }
    numbered.push({ n: Number(n), key, argument: { role, ...target } });
  }
  for (const { key, argument } of numbered.sort((x, y) => x.n - y.n)) events.get(key)!.event.arguments.push(argument);
  for (const { event, document } of events.values()) (document.events ??= []).push(event);
  for (const { item, kind, index } of items) {
    if (kind !== 'equivalence') continue;
    const type = asList(item.body).find((b) => isRecord(b) && b.purpose === 'tagging');
    const members = asList(item.target).filter((t): t is string => typeof t === 'string');
    const document = members[0] ? documentOf.get(members[0]) : undefined;
    if (!isRecord(type) || typeof type.value !== 'string' || members.length < 2 || !document) {
      problems.push({
        index,
        problem: 'an equivalence group needs a tagging body and two or more target annotations in this file',
      });
      continue;
    }
    (document.equivalences ??= []).push({
      key: (item.id as string).slice(EQUIVALENCE_IRI.length),
      type: type.value,
      members,
      ...authorship(item),
    });
  }
  return problems;
}

/** An argument's target IRI: an event (by its bare id, as events are keyed) or an annotation (its IRI, as spans are). */
function argumentTarget(source: string): Pick<EventArgument, 'target' | 'targetKind'> | null {
  if (source.startsWith(EVENT_IRI)) return { target: source.slice(EVENT_IRI.length), targetKind: 'event' };
  return source.startsWith(tagwrightIri.annotation('')) ? { target: source, targetKind: 'annotation' } : null;
}

/** An event's note (its commenting bodies), attributes (the describing JSON) and normalizations (identifying bodies). */
function remarksOf(
  bodies: readonly Record<string, unknown>[],
): Pick<ParsedEvent, 'note' | 'attributes' | 'normalizations'> {
  const text = (purpose: string) =>
    bodies.filter((b) => b.purpose === purpose && typeof b.value === 'string').map((b) => b.value as string);
  const normalizations = text('identifying').flatMap((value): Normalization[] => {
    const normalization = identifyingNormalization(value);
    return normalization ? [normalization] : [];
  });
  return {
    note: text('commenting').join('\n'),
    attributes: describedAttributes(bodies).value,
    ...(normalizations.length > 0 ? { normalizations } : {}),
  };
}

function authorship(item: Record<string, unknown>): Pick<ParsedEvent, 'annotator' | 'createdAt' | 'updatedAt'> {
  const creator = creatorName(item.creator);
  return {
    ...(creator ? { annotator: creator } : {}),
    ...(typeof item.created === 'string' ? { createdAt: item.created } : {}),
    ...(typeof item.modified === 'string' ? { updatedAt: item.modified } : {}),
  };
}
