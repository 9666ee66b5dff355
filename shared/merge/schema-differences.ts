import type { AnnotationSchema, AttributeDefinition } from '../model';
import { canonicalJson, jsonCopy } from './json-values';

/** The parts of a schema a merge compares, each a list of items with an id (document attributes: their name). */
export const SCHEMA_PARTS = [
  'labels',
  'relationTypes',
  'eventTypes',
  'equivalenceTypes',
  'documentAttributes',
] as const;
export type SchemaPart = (typeof SCHEMA_PARTS)[number];

/**
 * How one difference is settled: keep our definition ('ours'; an item only they have is then not
 * added, and what of theirs uses it is left out), take theirs ('theirs'; added when we lack it),
 * or 'union': add what we lack, and to a definition both have, the attributes only theirs has.
 */
export type SchemaResolution = 'ours' | 'theirs' | 'union';
export const SCHEMA_RESOLUTIONS = ['ours', 'theirs', 'union'] as const satisfies readonly SchemaResolution[];

/**
 * One place where two schemas differ: an item only they have ('missing-here'), only we have
 * ('missing-there': nothing of theirs needs it, so it is listed and never asks), or both have with
 * other definitions ('differs', naming the fields: colour, attributes, …).
 */
export interface SchemaDifference {
  /** `part:id`, what a resolution is keyed by. */
  key: string;
  part: SchemaPart;
  id: string;
  name: string;
  kind: 'missing-here' | 'missing-there' | 'differs';
  fields: string[];
}

type Item = { name: string } & Record<string, unknown>;

/** Where `theirs` differs from `ours`, part by part, in the order of the items. */
export function schemaDifferences(ours: AnnotationSchema, theirs: AnnotationSchema): SchemaDifference[] {
  const differences: SchemaDifference[] = [];
  for (const part of SCHEMA_PARTS) {
    const ourItems = itemsById(ours, part);
    const theirItems = itemsById(theirs, part);
    for (const [id, their] of theirItems) {
      const our = ourItems.get(id);
      const fields = our ? differingFields(our, their) : [];
      if (!our) differences.push(difference(part, id, their.name, 'missing-here', []));
      else if (fields.length > 0) differences.push(difference(part, id, our.name, 'differs', fields));
    }
    for (const [id, our] of ourItems) {
      if (!theirItems.has(id)) differences.push(difference(part, id, our.name, 'missing-there', []));
    }
  }
  return differences;
}

/** Whether a difference needs a decision: only what they have and we lack or define otherwise. */
export function needsResolution(difference: SchemaDifference): boolean {
  return difference.kind !== 'missing-there';
}

/**
 * Settles one difference in `schema` (changed in place): adds their item, replaces ours with it,
 * or adds the attributes only theirs has. Answers whether the item is in the schema afterwards.
 */
export function resolveDifference(
  schema: AnnotationSchema,
  theirs: AnnotationSchema,
  difference: SchemaDifference,
  resolution: SchemaResolution,
): boolean {
  const list = schema[difference.part] as Item[];
  const their = itemsById(theirs, difference.part).get(difference.id);
  if (!their) return true;
  const index = list.findIndex((item) => itemId(difference.part, item) === difference.id);
  if (index === -1) {
    if (resolution === 'ours') return false;
    list.push(jsonCopy(their));
    return true;
  }
  if (resolution === 'theirs') list[index] = jsonCopy(their);
  if (resolution === 'union') list[index] = withTheirAttributes(list[index]!, their);
  return true;
}

function withTheirAttributes(our: Item, their: Item): Item {
  const ours = our.attributes as AttributeDefinition[] | undefined;
  const theirs = their.attributes as AttributeDefinition[] | undefined;
  if (!ours || !theirs) return our;
  const names = new Set(ours.map((a) => a.name));
  const added = theirs.filter((a) => !names.has(a.name)).map((a) => jsonCopy(a));
  return added.length === 0 ? our : { ...our, attributes: [...ours, ...added] };
}

function itemsById(schema: AnnotationSchema, part: SchemaPart): Map<string, Item> {
  return new Map((schema[part] as Item[]).map((item) => [itemId(part, item), item]));
}

function itemId(part: SchemaPart, item: Item): string {
  return part === 'documentAttributes' ? item.name : (item.id as string);
}

function differingFields(our: Item, their: Item): string[] {
  const fields = new Set([...Object.keys(our), ...Object.keys(their)]);
  return [...fields].filter((f) => canonicalJson(our[f]) !== canonicalJson(their[f])).sort();
}

function difference(
  part: SchemaPart,
  id: string,
  name: string,
  kind: SchemaDifference['kind'],
  fields: string[],
): SchemaDifference {
  return { key: `${part}:${id}`, part, id, name, kind, fields };
}
