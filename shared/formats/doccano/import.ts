import { setAttribute, type AttributeMap } from '../../model';
import { addDocumentLabels, categoryKey } from '../corpus/document-categories';
import { emptyCorpus, type ParsedCorpus, type ParsedDocument } from '../corpus/parsed-corpus';
import { isRecord, jsonLines, offsetValue } from '../corpus/json-fields';

/**
 * Reads doccano JSONL: sequence labelling (`label` or `labels`: `[[start, end, label], …]`),
 * relation extraction (`entities`: `{id, start_offset, end_offset, label}`, `relations`:
 * `{from_id, to_id, type}`), text classification (`label`: `["positive", …]`) and intent
 * detection (`entities`: `[[start, end, label], …]`, `cats`: `["intent", …]`); offsets in code
 * points. Document labels go to the metadata key `category` (document-categories.ts); other
 * scalar keys become metadata (nulls, which doccano's export writes for keys only other examples
 * have, are skipped); doccano's `Comments` and other non-scalar keys are reported as not carried.
 */
export function parseDoccanoJsonl(fileName: string, content: string): ParsedCorpus {
  const corpus = emptyCorpus('doccano', fileName);
  for (const [value, n] of jsonLines(corpus, content)) {
    const document = readDoccanoLine(corpus, value, n);
    if (document) corpus.documents.push(document);
  }
  return corpus;
}

/** One doccano line as a document with its spans, relations and document labels; problems and losses go in `corpus`. */
export function readDoccanoLine(corpus: ParsedCorpus, value: unknown, n: number): ParsedDocument | undefined {
  const problem = (message: string) => corpus.problems.push({ fileName: corpus.fileName, line: n, message });
  if (!isRecord(value) || typeof value.text !== 'string') {
    problem('each line must be a JSON object with a "text" string');
    return undefined;
  }
  const document: ParsedDocument = {
    fileName: corpus.fileName,
    text: value.text,
    ...(typeof value.title === 'string' ? { title: value.title } : {}),
    metadata: readMetadata(corpus, value, n),
    spans: [],
    relations: [],
    line: n,
  };
  const labels = value.label ?? value.labels;
  if (Array.isArray(labels))
    labels.forEach((entry: unknown, i) => {
      const wrong = readLabel(document, entry, `label ${i + 1}`, `#${i}`);
      if (wrong) problem(wrong);
    });
  if (Array.isArray(value.entities))
    value.entities.forEach((entity: unknown, i) => readEntity(document, entity, i, problem));
  if (Array.isArray(value.relations))
    value.relations.forEach((relation: unknown, i) => readRelation(document, relation, i, problem));
  if (value.cats !== undefined) readCats(corpus, document, value.cats, n);
  return document;
}

/** A `label` entry: `[start, end, "label"]` (a span), or a string (a document label); a bad one is a problem. */
function readLabel(document: ParsedDocument, entry: unknown, what: string, key: string): string | undefined {
  if (typeof entry === 'string') {
    addDocumentLabels(document.metadata!, categoryKey('category'), [entry]);
    return undefined;
  }
  const [start, end, label] = Array.isArray(entry) ? entry : [];
  const s = offsetValue(start);
  const e = offsetValue(end);
  if (s === undefined || e === undefined || typeof label !== 'string' || label === '')
    return `${what} must be [start, end, "label"] with integer offsets`;
  document.spans.push({ key, label, fragments: [{ start: s, end: e }], attributes: {}, note: '', line: document.line });
  return undefined;
}

/** An entity: `{id, start_offset, end_offset, label}` (relation extraction) or `[start, end, "label"]` (intent detection). */
function readEntity(document: ParsedDocument, entity: unknown, i: number, problem: (message: string) => void): void {
  if (Array.isArray(entity)) {
    const wrong = readLabel(document, entity, `entity ${i + 1}`, `e${i}`);
    if (wrong) problem(wrong);
    return;
  }
  const s = isRecord(entity) ? offsetValue(entity.start_offset) : undefined;
  const e = isRecord(entity) ? offsetValue(entity.end_offset) : undefined;
  if (!isRecord(entity) || s === undefined || e === undefined || typeof entity.label !== 'string') {
    problem(`entity ${i + 1} needs integer start_offset/end_offset and a "label"`);
    return;
  }
  const key = String(entity.id ?? `e${i}`);
  const fragments = [{ start: s, end: e }];
  document.spans.push({ key, label: entity.label, fragments, attributes: {}, note: '', line: document.line });
}

function readRelation(document: ParsedDocument, relation: unknown, i: number, problem: (message: string) => void) {
  if (
    !isRecord(relation) ||
    relation.from_id === undefined ||
    relation.to_id === undefined ||
    typeof relation.type !== 'string'
  ) {
    problem(`relation ${i + 1} needs from_id, to_id and a "type"`);
    return;
  }
  const { type } = relation;
  document.relations.push({ type, from: String(relation.from_id), to: String(relation.to_id), line: document.line });
}

/** Intent detection's document labels, `cats`: a list of label names. */
function readCats(corpus: ParsedCorpus, document: ParsedDocument, cats: unknown, n: number): void {
  if (Array.isArray(cats) && cats.every((c) => typeof c === 'string')) {
    addDocumentLabels(document.metadata!, categoryKey('category'), cats as string[]);
    return;
  }
  const message = '"cats" is not a list of label names: not carried';
  corpus.notCarried.push({ fileName: corpus.fileName, line: n, message });
}

/** Keys a doccano line uses for the document, its spans and its labels, not metadata. */
const RECORD_KEYS = new Set(['text', 'label', 'labels', 'entities', 'relations', 'title', 'cats']);

/** A doccano line's extra keys as metadata; what metadata cannot hold is reported as not carried. */
function readMetadata(corpus: ParsedCorpus, value: Record<string, unknown>, line: number): AttributeMap {
  const metadata: AttributeMap = {};
  const notCarried = (message: string) => corpus.notCarried.push({ fileName: corpus.fileName, line, message });
  for (const [key, v] of Object.entries(value)) {
    if (RECORD_KEYS.has(key)) continue;
    // doccano's export (a pandas table) writes null for a metadata key only other examples have.
    if (v === null) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') setAttribute(metadata, key, v);
    // doccano exports each example's comments: strings, or {id, comment} in relation projects.
    else if (key === 'Comments' && Array.isArray(v)) {
      if (v.length > 0) notCarried(`${v.length} doccano comment(s) not carried`);
    } else notCarried(`metadata "${key}" (not a string, number or boolean) is not carried`);
  }
  return metadata;
}
