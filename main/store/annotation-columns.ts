import type { Annotation, AttributeMap, Comment, Fragment, Normalization } from '../../shared/model';

/**
 * One document's annotations as the project file stores them since format version 2: one array
 * per field instead of one object per annotation. A million annotations then parse as a few
 * thousand arrays of plain values, which halves the file and the time to open it (see
 * docs/benchmarks.md). Fields that most annotations leave empty are sparse maps keyed by row.
 */
export interface AnnotationColumns {
  documentId: string;
  id: string[];
  start: number[];
  end: number[];
  quote: string[];
  label: string[];
  annotator: string[];
  createdAt: string[];
  updatedAt: string[];
  note: Record<string, string>;
  attributes: Record<string, AttributeMap>;
  fragments: Record<string, Fragment[]>;
  /** Since format version 3; absent in a block where no annotation has them. */
  modifiers?: Record<string, string[]>;
  normalizations?: Record<string, Normalization[]>;
  comments?: Record<string, Comment[]>;
  /** Since format version 5: the entity each linked mention names. */
  entity?: Record<string, string>;
  /** Since format version 6: who last changed a row, where not its annotator. */
  updatedBy?: Record<string, string>;
}

/** The dense per-row fields of a stored block, in the order they are written. */
const DENSE_FIELDS = ['id', 'start', 'end', 'quote', 'label', 'annotator', 'createdAt', 'updatedAt'] as const;
/** The sparse fields: absent from the map means empty (no note, no attributes, one fragment, none). */
const SPARSE_FIELDS = [
  'note',
  'attributes',
  'fragments',
  'modifiers',
  'normalizations',
  'comments',
  'entity',
  'updatedBy',
] as const;
/** The sparse fields a row leaves out when it has none (the annotation has no such key). */
const OPTIONAL_FIELDS = ['fragments', 'modifiers', 'normalizations', 'comments', 'entity', 'updatedBy'] as const;

/** Packs one document's annotations into its stored block. */
export function toAnnotationColumns(documentId: string, rows: readonly Annotation[]): AnnotationColumns {
  const block: AnnotationColumns = {
    documentId,
    id: [],
    start: [],
    end: [],
    quote: [],
    label: [],
    annotator: [],
    createdAt: [],
    updatedAt: [],
    note: {},
    attributes: {},
    fragments: {},
  };
  rows.forEach((a, i) => {
    block.id.push(a.id);
    block.start.push(a.start);
    block.end.push(a.end);
    block.quote.push(a.quote);
    block.label.push(a.label);
    block.annotator.push(a.annotator);
    block.createdAt.push(a.createdAt);
    block.updatedAt.push(a.updatedAt);
    if (a.note !== '') block.note[i] = a.note;
    if (Object.keys(a.attributes).length > 0) block.attributes[i] = a.attributes;
    if (a.fragments) block.fragments[i] = a.fragments;
    // Written only in a block that uses them: most projects never do, and their blocks stay as before.
    if (a.modifiers) (block.modifiers ??= {})[i] = a.modifiers;
    if (a.normalizations) (block.normalizations ??= {})[i] = a.normalizations;
    if (a.comments) (block.comments ??= {})[i] = a.comments;
    if (a.entity !== undefined) (block.entity ??= {})[i] = a.entity;
    if (a.updatedBy !== undefined) (block.updatedBy ??= {})[i] = a.updatedBy;
  });
  return block;
}

/**
 * Groups annotations by document, documents in `documentIds` order first, then any other in order
 * of first appearance. `pause` is called every `pauseEvery` rows, so a caller running in slices
 * (the chunked save) can let the event loop run.
 */
export function* groupAnnotationsByDocument(
  rows: readonly Annotation[],
  documentIds: readonly string[],
  pauseEvery = Infinity,
): Generator<void, Map<string, Annotation[]>> {
  const groups = new Map<string, Annotation[]>(documentIds.map((id) => [id, []]));
  for (let i = 0; i < rows.length; i++) {
    const a = rows[i]!;
    let group = groups.get(a.documentId);
    if (!group) groups.set(a.documentId, (group = []));
    group.push(a);
    if ((i + 1) % pauseEvery === 0) yield;
  }
  for (const [id, group] of groups) if (group.length === 0) groups.delete(id);
  return groups;
}

/** The stored blocks of a whole project's annotations (what `annotations` holds in the file). */
export function packAnnotations(rows: readonly Annotation[], documentIds: readonly string[]): AnnotationColumns[] {
  const grouping = groupAnnotationsByDocument(rows, documentIds);
  let step = grouping.next();
  while (!step.done) step = grouping.next();
  return [...step.value].map(([documentId, group]) => toAnnotationColumns(documentId, group));
}

/** Where a flattened row came from in the file: block `block`, row `row` of its columns. */
export interface StoredRowPlace {
  block: number;
  row: number;
}

export type UnpackedAnnotations =
  | { ok: true; rows: unknown[]; placeOf: (index: number) => StoredRowPlace }
  | { ok: false; path: PropertyKey[]; message: string };

/**
 * Turns stored blocks back into one raw object per annotation (not yet validated: the caller runs
 * the annotation schema over them). Only the layout is checked here: blocks are objects, columns
 * are arrays of one length, sparse keys are row numbers of their block.
 */
export function unpackAnnotations(raw: unknown): UnpackedAnnotations {
  if (!Array.isArray(raw)) return { ok: false, path: ['annotations'], message: 'expected an array of blocks' };
  const rows: unknown[] = [];
  const blockStarts: number[] = [];
  for (let b = 0; b < raw.length; b++) {
    const problem = checkBlockLayout(raw[b]);
    if (problem) return { ok: false, path: ['annotations', b, ...problem.path], message: problem.message };
    const block = raw[b] as AnnotationColumns;
    blockStarts.push(rows.length);
    const { documentId, id, start, end, quote, label, annotator, createdAt, updatedAt } = block;
    const note = block.note ?? {};
    const attributes = block.attributes ?? {};
    const optional = OPTIONAL_FIELDS.map((field) => [field, block[field] ?? {}] as const);
    for (let i = 0; i < id.length; i++) {
      // Same keys in the same order as an annotation parsed from format version 1, so the
      // validation fast path and every later JSON.stringify see one shape.
      const row: Record<string, unknown> = {
        id: id[i],
        documentId,
        start: start[i],
        end: end[i],
        quote: quote[i],
        label: label[i],
        // Only an absent row means empty: a stored null must reach the schema check and be refused.
        attributes: attributes[i] === undefined ? {} : attributes[i],
        note: note[i] === undefined ? '' : note[i],
        annotator: annotator[i],
        createdAt: createdAt[i],
        updatedAt: updatedAt[i],
      };
      for (const [field, map] of optional) if (map[i] !== undefined) row[field] = map[i];
      rows.push(row);
    }
  }
  return { ok: true, rows, placeOf: (index) => placeOf(blockStarts, index) };
}

/** How many annotations stored blocks hold, or null when `raw` is not laid out as blocks. */
export function countStoredAnnotations(raw: unknown): number | null {
  if (!Array.isArray(raw)) return null;
  let count = 0;
  for (const block of raw) {
    const ids = (block as { id?: unknown } | null)?.id;
    if (!Array.isArray(ids)) return null;
    count += ids.length;
  }
  return count;
}

function checkBlockLayout(block: unknown): { path: PropertyKey[]; message: string } | null {
  if (typeof block !== 'object' || block === null || Array.isArray(block)) {
    return { path: [], message: 'expected an object holding one document’s annotations' };
  }
  const fields = block as Record<string, unknown>;
  if (typeof fields.documentId !== 'string') return { path: ['documentId'], message: 'expected a document id' };
  if (!Array.isArray(fields.id)) return { path: ['id'], message: 'expected an array' };
  const length = fields.id.length;
  for (const field of DENSE_FIELDS) {
    const column = fields[field];
    if (!Array.isArray(column)) return { path: [field], message: 'expected an array' };
    if (column.length !== length) {
      return { path: [field], message: `has ${column.length} entries where "id" has ${length}` };
    }
  }
  for (const field of SPARSE_FIELDS) {
    const map = fields[field];
    if (map === undefined) continue;
    if (typeof map !== 'object' || map === null || Array.isArray(map)) {
      return { path: [field], message: 'expected an object keyed by row number' };
    }
    for (const key of Object.keys(map)) {
      if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) >= length) {
        return { path: [field, key], message: `"${key}" is not a row number of this block (0–${length - 1})` };
      }
    }
  }
  return null;
}

function placeOf(blockStarts: readonly number[], index: number): StoredRowPlace {
  let low = 0;
  let high = blockStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (blockStarts[mid]! <= index) low = mid;
    else high = mid - 1;
  }
  return { block: low, row: index - blockStarts[low]! };
}
