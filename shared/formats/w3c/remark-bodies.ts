import type { AttributeMap, Comment, Normalization } from '../../model';

/**
 * The bodies of what an annotation, relation or event says besides its label or type: the note
 * and each comment (`commenting`), the attributes as one JSON `describing` body, each
 * normalization as an `identifying` body naming the entry (`UniProt:P05112`).
 */
export function remarkBodies(thing: {
  note?: string;
  attributes?: AttributeMap;
  normalizations?: readonly Normalization[];
  comments?: readonly Comment[];
}): object[] {
  const bodies: object[] = [];
  if (thing.note) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: thing.note });
  if (thing.attributes && Object.keys(thing.attributes).length > 0) {
    bodies.push({
      type: 'TextualBody',
      purpose: 'describing',
      format: 'application/json',
      value: JSON.stringify(thing.attributes),
    });
  }
  for (const n of thing.normalizations ?? [])
    bodies.push({ type: 'TextualBody', purpose: 'identifying', value: `${n.resource}:${n.entry}` });
  for (const c of thing.comments ?? []) bodies.push({ type: 'TextualBody', purpose: 'commenting', value: c.text });
  return bodies;
}
