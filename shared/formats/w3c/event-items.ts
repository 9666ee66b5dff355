import type { Equivalence, TagwrightEvent } from '../../model';
import { remarkBodies } from './remark-bodies';
import { tagwrightIri } from './w3c-iri';

/**
 * An event as W3C annotations: one `classifying` its trigger annotation with the event's type
 * (and the event's own note, attributes, links), then one `linking` annotation per argument,
 * numbered in order (`urn:tagwright:event:<id>:argument:<n>`), whose target is the event and
 * whose bodies are the role (`tagging`) and the argument (an annotation or another event).
 */
export function eventItems(e: TagwrightEvent): object[] {
  const creator = e.annotator ? { creator: { type: 'Person', name: e.annotator } } : {};
  const event = {
    id: tagwrightIri.event(e.id),
    type: 'Annotation',
    motivation: 'classifying',
    created: e.createdAt,
    modified: e.updatedAt,
    ...creator,
    body: [{ type: 'TextualBody', purpose: 'classifying', value: e.type }, ...remarkBodies(e)],
    target: tagwrightIri.annotation(e.trigger),
  };
  const args = e.arguments.map((a, i) => ({
    id: tagwrightIri.eventArgument(e.id, i + 1),
    type: 'Annotation',
    motivation: 'linking',
    ...creator,
    body: [
      { type: 'TextualBody', purpose: 'tagging', value: a.role },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: a.targetKind === 'event' ? tagwrightIri.event(a.target) : tagwrightIri.annotation(a.target),
      },
    ],
    target: tagwrightIri.event(e.id),
  }));
  return [event, ...args];
}

/** An equivalence group as one `linking` annotation whose targets are its members, in order, tagged with its type. */
export function equivalenceItem(g: Equivalence): object {
  return {
    id: tagwrightIri.equivalence(g.id),
    type: 'Annotation',
    motivation: 'linking',
    ...(g.annotator ? { creator: { type: 'Person', name: g.annotator } } : {}),
    body: [{ type: 'TextualBody', purpose: 'tagging', value: g.type }],
    target: g.members.map((m) => tagwrightIri.annotation(m)),
  };
}
