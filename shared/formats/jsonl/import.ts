import {
  annotationSchemaSchema,
  attributeMapSchema,
  documentSourceSchema,
  documentStatusSchema,
  type DocumentSource,
} from '../../model';
import { TAGWRIGHT_CORPUS_FORMAT } from './corpus-header';
import {
  emptyCorpus,
  type ParsedCorpus,
  type ParsedDocument,
  type ParsedRelation,
  type ParsedSpan,
} from '../corpus/parsed-corpus';
import { isRecord, jsonLines, offsetValue } from '../corpus/json-fields';
import { readEquivalence, readEvent } from './read-events';
import { readRemarks } from './read-remarks';
import { readEntityList, withEntity } from './read-entities';

/**
 * Reads Tagwright JSONL (see export.ts): header line, then one document per line, with its id and
 * source kept (the import keeps them when they are free and valid); offsets in code points.
 */
export function parseTagwrightJsonl(fileName: string, content: string): ParsedCorpus {
  const corpus = emptyCorpus('jsonl', fileName);
  for (const [value, n] of jsonLines(corpus, content)) {
    const document = readTagwrightJsonlLine(corpus, value, n);
    if (document) corpus.documents.push(document);
  }
  return corpus;
}

/**
 * One line of Tagwright JSONL: the header (its schema goes in `corpus.schema`) or a document with
 * its annotations, relations, events and groups. Problems and losses go in `corpus`; a big file is
 * read through here a line at a time.
 */
export function readTagwrightJsonlLine(corpus: ParsedCorpus, value: unknown, n: number): ParsedDocument | undefined {
  const problem = (message: string) => corpus.problems.push({ fileName: corpus.fileName, line: n, message });
  if (!isRecord(value)) {
    problem('each line must be a JSON object');
    return undefined;
  }
  if (value.format === TAGWRIGHT_CORPUS_FORMAT) {
    readHeader(corpus, value, problem);
    return undefined;
  }
  const document = readDocumentFields(corpus, value, n, problem);
  if (!document) return undefined;
  const annotations = Array.isArray(value.annotations) ? value.annotations : [];
  annotations.forEach((a: unknown, i) => {
    const span = readSpan(a, i, n);
    if (typeof span === 'string') problem(`annotation ${i + 1}: ${span}`);
    else document.spans.push(withEntity(corpus, span, a, n));
  });
  const relations = Array.isArray(value.relations) ? value.relations : [];
  relations.forEach((r: unknown, i) => {
    const relation = readRelation(r, n);
    if (typeof relation === 'string') problem(`relation ${i + 1}${relation}`);
    else document.relations.push(relation);
  });
  // Absent from files written before events were carried.
  document.events = (Array.isArray(value.events) ? value.events : []).flatMap((e: unknown, i) => {
    const event = readEvent(e, i, n);
    if (typeof event !== 'string') return [event];
    problem(`event ${i + 1}: ${event}`);
    return [];
  });
  document.equivalences = (Array.isArray(value.equivalences) ? value.equivalences : []).flatMap((g: unknown, i) => {
    const group = readEquivalence(g, n);
    if (typeof group !== 'string') return [group];
    problem(`equivalence group ${i + 1}: ${group}`);
    return [];
  });
  return document;
}

/** The header line: the offset unit checked, the schema kept for the label resolver. */
function readHeader(corpus: ParsedCorpus, value: Record<string, unknown>, problem: (message: string) => void): void {
  if (value.offsets !== undefined && value.offsets !== 'code-points')
    problem(`unknown offset unit "${String(value.offsets)}"`);
  const schema = annotationSchemaSchema.safeParse(value.schema);
  if (schema.success) corpus.schema = schema.data;
  else if (value.schema !== undefined) problem(`the header's schema is not valid: ${schema.error.issues[0]?.message}`);
  corpus.entities = readEntityList(value.entities, problem);
}

/** A document line's own fields (text, id, source, title, status, metadata), before its annotations. */
function readDocumentFields(
  corpus: ParsedCorpus,
  value: Record<string, unknown>,
  n: number,
  problem: (message: string) => void,
): ParsedDocument | undefined {
  if (typeof value.text !== 'string') {
    problem('a document line needs a "text" string');
    return undefined;
  }
  // Parsed only when present: a failed zod parse builds an error, a million times for lines without one.
  const status = value.status === undefined ? null : documentStatusSchema.safeParse(value.status);
  const metadata = attributeMapSchema.safeParse(value.metadata ?? {});
  if (!metadata.success) {
    problem(`the metadata is not valid (${metadata.error.issues[0]?.message})`);
    return undefined;
  }
  return {
    fileName: corpus.fileName,
    ...(typeof value.id === 'string' ? { id: value.id } : {}),
    ...readSource(corpus, value.source, n),
    text: value.text,
    ...(typeof value.title === 'string' ? { title: value.title } : {}),
    ...(status?.success ? { status: status.data } : {}),
    metadata: metadata.data,
    spans: [],
    relations: [],
    line: n,
  };
}

/** A relation of a document line, or what is wrong with it (said after "relation N"). */
function readRelation(r: unknown, line: number): ParsedRelation | string {
  if (!isRecord(r) || typeof r.type !== 'string' || typeof r.from !== 'string' || typeof r.to !== 'string')
    return ' needs "type", "from" and "to" strings';
  const remarks = readRemarks(r, {});
  if (typeof remarks === 'string') return `: ${remarks}`;
  return {
    type: r.type,
    from: r.from,
    to: r.to,
    ...(typeof r.note === 'string' && r.note !== '' ? { note: r.note } : {}),
    ...(remarks.comments ? { comments: remarks.comments } : {}),
    ...(typeof r.annotator === 'string' ? { annotator: r.annotator } : {}),
    line,
  };
}

/** A document line's `source`, kept when valid; reported when it is not (the document is then named after the file). */
function readSource(corpus: ParsedCorpus, value: unknown, line: number): { source?: DocumentSource } {
  const source = documentSourceSchema.safeParse(value);
  if (source.success) return { source: source.data };
  if (value !== undefined) {
    const message = `the document's source is not valid (${source.error.issues[0]?.message}): it is named after ${corpus.fileName} instead`;
    corpus.notCarried.push({ fileName: corpus.fileName, line, message });
  }
  return {};
}

function readSpan(a: unknown, index: number, line: number): ParsedSpan | string {
  if (!isRecord(a)) return 'not an object';
  const start = offsetValue(a.start);
  const end = offsetValue(a.end);
  if (start === undefined || end === undefined) return '"start" and "end" must be non-negative integers';
  if (typeof a.label !== 'string' || a.label === '') return 'no "label"';
  let fragments = [{ start, end }];
  if (Array.isArray(a.fragments)) {
    const read = a.fragments.map((f: unknown) =>
      isRecord(f) ? { start: offsetValue(f.start), end: offsetValue(f.end) } : { start: undefined, end: undefined },
    );
    if (read.some((f) => f.start === undefined || f.end === undefined))
      return 'fragments need integer "start" and "end"';
    fragments = read as { start: number; end: number }[];
  }
  const attributes = attributeMapSchema.safeParse(a.attributes ?? {});
  if (!attributes.success) return `attributes are not valid (${attributes.error.issues[0]?.message})`;
  const remarks = readRemarks(a, attributes.data);
  if (typeof remarks === 'string') return remarks;
  return {
    ...remarks,
    key: typeof a.id === 'string' ? a.id : `#${index}`,
    label: a.label,
    fragments,
    ...(typeof a.quote === 'string' && !Array.isArray(a.fragments) ? { quote: a.quote } : {}),
    attributes: attributes.data,
    note: typeof a.note === 'string' ? a.note : '',
    ...(typeof a.annotator === 'string' ? { annotator: a.annotator } : {}),
    ...(typeof a.createdAt === 'string' ? { createdAt: a.createdAt } : {}),
    ...(typeof a.updatedAt === 'string' ? { updatedAt: a.updatedAt } : {}),
    line,
  };
}
