import type { Entity } from '../../model';
import type { ParsedEntityRef } from '../corpus/parsed-corpus';
import { isRecord } from '../corpus/json-fields';
import { tagwrightIri } from './w3c-iri';

const ENTITY_IRI = tagwrightIri.entity('');

/**
 * A mention's entity as an `identifying` body whose source is the entity itself: its IRI
 * (`urn:tagwright:entity:<id>`), its name as `label` and its aliases as `altLabel` (SKOS' words).
 */
export function entityBody(entity: Entity): object {
  return {
    type: 'SpecificResource',
    purpose: 'identifying',
    source: {
      id: tagwrightIri.entity(entity.id),
      label: entity.name,
      ...(entity.aliases.length > 0 ? { altLabel: entity.aliases } : {}),
    },
  };
}

/** The entity an `identifying` body names, when its source is one of ours; null for any other body. */
export function readEntityBody(body: Record<string, unknown>): ParsedEntityRef | null {
  const source = body.source;
  if (body.purpose !== 'identifying' || !isRecord(source) || typeof source.id !== 'string') return null;
  if (!source.id.startsWith(ENTITY_IRI) || source.id.length === ENTITY_IRI.length) return null;
  const key = source.id.slice(ENTITY_IRI.length);
  const name = typeof source.label === 'string' && source.label.trim() !== '' ? source.label : key;
  const aliases = Array.isArray(source.altLabel) ? source.altLabel.filter((a) => typeof a === 'string') : [];
  return { key, name, aliases };
}
