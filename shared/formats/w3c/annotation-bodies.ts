import { setAttribute, type AttributeMap, type Normalization } from '../../model';
import { isRecord } from '../corpus/json-fields';
import { describingAttributes, identifyingNormalization } from './w3c-bodies';
import type { ParsedEntityRef } from '../corpus/parsed-corpus';
import { readEntityBody } from './entity-body';

/** What a span annotation's bodies say: its labels, note, attributes, and what Tagwright does not carry. */
export interface ReadBodies {
  /** Every tag, in order, each once: each becomes an annotation of the same characters. */
  labels: string[];
  note: string;
  attributes: AttributeMap;
  /** `identifying` bodies naming a resource's entry (`UniProt:P05112`, as our export writes them). */
  normalizations: Normalization[];
  /** The canonical entity an `identifying` body of ours names (entity-body.ts). */
  entity?: ParsedEntityRef;
  /** Bodies read as nothing Tagwright holds (an external resource, a purpose it has no place for). */
  notCarried: string[];
  /** A `describing` body that is a JSON object but not an attribute map the project file takes. */
  problem?: string;
}

/** The attribute an `identifying` body (Recogito's link to a gazetteer or authority) is kept in. */
export const IDENTIFYING_ATTRIBUTE = 'identifying';

/**
 * Reads an annotation's bodies (W3C Web Annotation Data Model §3.2–3.3). A body's role is its
 * `purpose`, else the annotation's `motivation` (the model's rule for a body without one):
 * `tagging`/`classifying` are labels (each tag a label of its own: tags are unordered and equal,
 * so none is made an attribute of another); `commenting`, or no purpose and no motivation
 * (RecogitoJS writes comments so), are the note, one line each; `describing` is our attributes as
 * JSON, else a line of the note; `identifying` our entity (entity-body.ts), a normalization (`UniProt:P05112`, as our export
 * writes them), or for an IRI (Recogito's gazetteer link) the attribute "identifying". `bodyValue` is a label unless the motivation is commenting.
 */
export function readBodies(item: Record<string, unknown>, bodies: unknown[]): ReadBodies {
  const read: ReadBodies = { labels: [], note: '', attributes: {}, normalizations: [], notCarried: [] };
  const motivation = typeof item.motivation === 'string' ? item.motivation : undefined;
  const notes: string[] = [];
  const identifying: string[] = [];
  for (const body of bodies) {
    if (!isRecord(body)) {
      read.notCarried.push(`a body that is ${typeof body === 'string' ? `a link (${body})` : 'not an object'}`);
      continue;
    }
    const entity = readEntityBody(body);
    if (entity) {
      read.entity = entity;
      continue;
    }
    const purpose = typeof body.purpose === 'string' ? body.purpose : motivation;
    const value = typeof body.value === 'string' ? body.value : undefined;
    if ((purpose === 'tagging' || purpose === 'classifying') && value) addOnce(read.labels, value);
    else if ((purpose === 'commenting' || purpose === undefined) && value !== undefined) notes.push(value);
    else if (purpose === 'describing' && value !== undefined) {
      const described = describingAttributes(value);
      if (described === null) notes.push(value);
      else if (typeof described === 'string') read.problem = described;
      else for (const [k, v] of Object.entries(described)) setAttribute(read.attributes, k, v);
    } else if (purpose === 'identifying' && (typeof body.source === 'string' || value)) {
      const entry = typeof body.source === 'string' ? body.source : value!;
      const normalization = identifyingNormalization(entry);
      if (normalization) read.normalizations.push(normalization);
      else identifying.push(entry);
    } else read.notCarried.push(`a body with purpose "${purpose ?? 'none'}"`);
  }
  if (read.labels.length === 0 && typeof item.bodyValue === 'string' && motivation !== 'commenting')
    read.labels.push(item.bodyValue);
  else if (typeof item.bodyValue === 'string') notes.push(item.bodyValue);
  read.note = notes.join('\n');
  if (identifying.length > 0) setAttribute(read.attributes, IDENTIFYING_ATTRIBUTE, identifying.join(' '));
  return read;
}

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
