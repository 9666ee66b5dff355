import type { Fragment } from '../../model';
import { clipText } from '../../text/clip-text';
import { corpusProblem, emptyCorpus } from '../corpus/parsed-corpus';
import type { ParsedCorpus, ParsedDocument, ParsedSpan } from '../corpus/parsed-corpus';
import { parseJsonFile, isRecord, offsetValue } from '../corpus/json-fields';
import { readBodies } from './annotation-bodies';
import { annotationItems } from './annotation-pages';
import { tagwrightIri } from './w3c-iri';
import { asList, creatorName } from './w3c-bodies';
import { eventItemKind, readEventItems, type EventItemKind } from './read-events';

/** What our own exports put before a document id in a target's `source`. */
const DOCUMENT_IRI = tagwrightIri.document('');

/**
 * Reads W3C Web Annotation JSON-LD: an `AnnotationCollection` and its pages (embedded, or named by
 * IRI and held in the same file, followed through `next`), an `AnnotationPage`, a list of
 * annotations or pages, or one annotation (annotation-pages.ts). Annotations with
 * `TextPositionSelector` (code points) and/or `TextQuoteSelector` become spans of the document
 * their `source` names (documents already in the project); each tag body a label, comments the
 * note, a JSON `describing` body the attributes (annotation-bodies.ts). `linking` annotations become
 * relations; our own export's events and equivalence groups (read-events.ts) come back as such.
 * The text itself is not in the file.
 */
export function parseW3cJsonLd(fileName: string, content: string): ParsedCorpus {
  const corpus = emptyCorpus('w3c', fileName);
  const value = parseJsonFile(corpus, content);
  if (value === undefined) return corpus;
  const paged = annotationItems(value);
  if (paged === null) {
    const message = 'no annotations found (expected an AnnotationCollection, an AnnotationPage or annotations)';
    corpus.problems.push(corpusProblem(fileName, message));
    return corpus;
  }
  for (const page of paged.missingPages) {
    const message = `the annotations continue on page ${page}, which is not in this file: import that page's file too (each file is read on its own)`;
    corpus.notCarried.push(corpusProblem(fileName, message));
  }
  const documents = new Map<string, ParsedDocument>();
  /** A span's key → the document it is in: a link's ends must be spans of this file. */
  const documentOf = new Map<string, ParsedDocument>();
  const links: { item: Record<string, unknown>; index: number }[] = [];
  const eventItems: { item: Record<string, unknown>; kind: EventItemKind; index: number }[] = [];
  paged.items.forEach((item: unknown, index) => {
    const kind = isRecord(item) ? eventItemKind(item) : null;
    if (kind) {
      eventItems.push({ item: item as Record<string, unknown>, kind, index });
      return;
    }
    // Links are read once every span is known: they may come before the annotations they link.
    if (isRecord(item) && item.motivation === 'linking') {
      links.push({ item, index });
      return;
    }
    const read = readSpanAnnotation(item, index);
    for (const message of read.problems) corpus.problems.push(corpusProblem(fileName, message));
    for (const message of read.notCarried) corpus.notCarried.push(corpusProblem(fileName, message));
    if (!read.spans) return;
    let document = documents.get(read.source);
    if (!document) {
      document = { fileName, targetDocumentId: documentId(read.source), spans: [], relations: [] };
      documents.set(read.source, document);
    }
    for (const span of read.spans) {
      document.spans.push(span);
      documentOf.set(span.key, document);
    }
  });
  for (const { item, index } of links) {
    const problem = addLink(item, documentOf);
    if (problem) corpus.problems.push(corpusProblem(fileName, `annotation ${index + 1}: ${problem}`));
  }
  for (const { index, problem } of readEventItems(eventItems, documentOf))
    corpus.problems.push(corpusProblem(fileName, `annotation ${index + 1}: ${problem}`));
  for (const document of documents.values()) corpus.documents.push(document);
  return corpus;
}

/** The id of the document a target's `source` names: ours without the IRI prefix, another tool's as written. */
function documentId(source: string): string {
  return source.startsWith(DOCUMENT_IRI) ? source.slice(DOCUMENT_IRI.length) : source;
}

/** A span annotation read: one span per tag (the first keeps the annotation's id, which links name), or why not. */
type ReadAnnotation = { problems: string[]; notCarried: string[] } & (
  { spans: ParsedSpan[]; source: string } | { spans?: undefined }
);

/**
 * An annotation as spans of the document its targets' `source` names: one per tag, sharing the
 * note, attributes, creator and times. A comment with no tag is not carried (Tagwright's
 * annotations need a label); any other problem before the spans are made stops them.
 */
function readSpanAnnotation(item: unknown, index: number): ReadAnnotation {
  const where = `annotation ${index + 1}`;
  if (!isRecord(item)) return { problems: [`${where}: not an object`], notCarried: [] };
  const bodies = readBodies(item, asList(item.body));
  const notCarried = bodies.notCarried.map((what) => `${where}: ${what} is not carried`);
  if (bodies.labels.length === 0) {
    if (bodies.note === '')
      return { problems: [`${where}: no label (a TextualBody with purpose "tagging")`], notCarried };
    const message = `${where}: a comment with no tag ("${clipText(bodies.note)}") is not carried: Tagwright's annotations need a label`;
    return { problems: [], notCarried: [...notCarried, message] };
  }
  const target = readTargets(asList(item.target));
  if (typeof target === 'string') return { problems: [`${where}: ${target}`], notCarried };
  const key = typeof item.id === 'string' ? item.id : `#${index}`;
  const annotator = creatorName(item.creator);
  const spans = bodies.labels.map((label, i): ParsedSpan => ({
    key: i === 0 ? key : `${key}#tag${i + 1}`,
    label,
    ...target.selection,
    attributes: { ...bodies.attributes },
    ...(bodies.normalizations.length > 0 ? { normalizations: [...bodies.normalizations] } : {}),
    ...(bodies.entity ? { entity: bodies.entity } : {}),
    note: bodies.note,
    ...(annotator ? { annotator } : {}),
    ...(typeof item.created === 'string' ? { createdAt: item.created } : {}),
    ...(typeof item.modified === 'string' ? { updatedAt: item.modified } : {}),
  }));
  const problems = bodies.problem ? [`${where}: ${bodies.problem}`] : [];
  return { spans, source: target.source, problems, notCarried };
}

/** What a span's targets select: fragments in code points, and the quote with its context. */
type Selection = Pick<ParsedSpan, 'fragments' | 'quote' | 'prefix' | 'suffix'>;

/**
 * An annotation's targets, all in one document: one fragment per target with a position selector;
 * the quotes joined (context kept for a single target). A string says what is wrong.
 */
function readTargets(targets: unknown[]): { source: string; selection: Selection } | string {
  const fragments: Fragment[] = [];
  let quote: string | undefined;
  let prefix: string | undefined;
  let suffix: string | undefined;
  let source: string | undefined;
  for (const target of targets) {
    if (!isRecord(target) || typeof target.source !== 'string') return 'a target needs a "source"';
    if (source !== undefined && target.source !== source) return 'targets in different documents are not carried';
    source = target.source;
    const selectors = asList(target.selector).filter(isRecord);
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    const quoteSelector = selectors.find((s) => s.type === 'TextQuoteSelector');
    const start = position ? offsetValue(position.start) : undefined;
    const end = position ? offsetValue(position.end) : undefined;
    const quoteOnly = (start === undefined || end === undefined) && typeof quoteSelector?.exact === 'string';
    if (!quoteOnly && (start === undefined || end === undefined))
      return 'a target needs a TextPositionSelector (integer start and end) or a TextQuoteSelector';
    if (quoteOnly && targets.length > 1) return 'several quote-only targets are not carried';
    if (start !== undefined && end !== undefined) fragments.push({ start, end });
    if (quoteSelector && typeof quoteSelector.exact === 'string') {
      quote = quote === undefined ? quoteSelector.exact : `${quote} ${quoteSelector.exact}`;
      if (targets.length === 1) {
        if (typeof quoteSelector.prefix === 'string') prefix = quoteSelector.prefix;
        if (typeof quoteSelector.suffix === 'string') suffix = quoteSelector.suffix;
      }
    }
  }
  if (!source) return 'no target';
  const selection: Selection = {
    fragments: fragments.sort((x, y) => x.start - y.start),
    ...(quote !== undefined ? { quote } : {}),
    ...(prefix !== undefined ? { prefix } : {}),
    ...(suffix !== undefined ? { suffix } : {}),
  };
  return { source, selection };
}

/** A `linking` annotation as a relation of the document its source span is in; a string says what is wrong. */
function addLink(item: Record<string, unknown>, documentOf: ReadonlyMap<string, ParsedDocument>): string | null {
  const bodies = asList(item.body).filter(isRecord);
  const type = bodies.find((b) => b.purpose === 'tagging' && typeof b.value === 'string')?.value;
  const to = bodies.find((b) => b.purpose === 'linking' || b.type === 'SpecificResource')?.source;
  const from = typeof item.target === 'string' ? item.target : isRecord(item.target) ? item.target.id : undefined;
  const document = typeof from === 'string' ? documentOf.get(from) : undefined;
  if (
    typeof type !== 'string' ||
    typeof to !== 'string' ||
    typeof from !== 'string' ||
    !document ||
    !documentOf.has(to)
  )
    return 'a linking annotation needs a tagging body, a linking body and a target annotation in this file';
  const annotator = creatorName(item.creator);
  document.relations.push({ type, from, to, ...(annotator ? { annotator } : {}) });
  return null;
}
