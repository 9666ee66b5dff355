import type { AttributeValue, Comment } from '../../model';
import type { SelectedThings } from '../corpus/corpus-export';
import type { ExportLosses } from '../corpus/export-losses';
import { attributeToken, oneLine } from './ann-writer';

/** What a thing carries that brat's lines may not hold as they are. */
interface Written {
  attributes?: Readonly<Record<string, AttributeValue>>;
  modifiers?: readonly string[];
  note?: string;
  comments?: readonly Comment[];
}

/**
 * Counts what the brat export of one document leaves out or changes (ann-writer.ts decides): a
 * `false` or empty attribute value is not written; a value's whitespace becomes `_`, and a tab or
 * line break in a note or comment a space; a multiple choice's values are joined.
 */
export function tallyBratLosses(things: SelectedThings, losses: ExportLosses): void {
  const all: Written[] = [...things.annotations, ...things.relations, ...things.events];
  for (const thing of all) {
    for (const [name, value] of Object.entries(thing.attributes ?? {})) {
      if (value === true && thing.modifiers?.includes(name)) continue;
      const token = attributeToken(value);
      if (token === null) losses.add('unwritten-attribute-values');
      else if (Array.isArray(value) || (typeof value === 'string' && token !== value)) losses.add('flattened-text');
    }
    const texts = [thing.note ?? '', ...(thing.comments ?? []).map((c) => c.text)];
    losses.add('flattened-text', texts.filter((t) => oneLine(t) !== t).length);
  }
}
