import type { ParsedCorpus, ParsedEntityRef, ParsedSpan } from '../corpus/parsed-corpus';
import { isRecord } from '../corpus/json-fields';

/** The header's `entities` (id, name, aliases) by id; a malformed entry is a problem of the header line. */
export function readEntityList(value: unknown, problem: (message: string) => void): Map<string, ParsedEntityRef> {
  const entities = new Map<string, ParsedEntityRef>();
  if (value === undefined) return entities;
  if (!Array.isArray(value)) {
    problem('the header\'s "entities" must be a list');
    return entities;
  }
  value.forEach((e: unknown, i) => {
    if (!isRecord(e) || typeof e.id !== 'string' || typeof e.name !== 'string' || e.name.trim() === '') {
      problem(`entity ${i + 1} of the header needs an "id" and a "name"`);
      return;
    }
    const aliases = Array.isArray(e.aliases) ? e.aliases.filter((a): a is string => typeof a === 'string') : [];
    entities.set(e.id, { key: e.id, name: e.name, aliases });
  });
  return entities;
}

/**
 * The span linked to the entity its record names, when the header lists it; an id the header does
 * not list is said (the span comes in unlinked).
 */
export function withEntity(corpus: ParsedCorpus, span: ParsedSpan, record: unknown, line: number): ParsedSpan {
  const id = isRecord(record) ? record.entity : undefined;
  if (id === undefined) return span;
  const entity = typeof id === 'string' ? corpus.entities?.get(id) : undefined;
  if (entity) return { ...span, entity };
  const message = `${span.key}: its entity ${JSON.stringify(id)} is not among the header's entities, so it comes in unlinked`;
  corpus.notCarried.push({ fileName: corpus.fileName, line, message });
  return span;
}
