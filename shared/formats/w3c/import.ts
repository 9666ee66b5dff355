import type { Fragment } from '../../model';
import { corpusProblem, emptyCorpus } from '../corpus/parsed-corpus';
import type { ParsedCorpus, ParsedDocument, ParsedSpan } from '../corpus/parsed-corpus';
import { parseJsonFile, isRecord, offsetValue } from '../corpus/json-fields';
import { tagwrightIri } from './w3c-iri';
import { asList, creatorName, describedAttributes } from './w3c-bodies';
import { eventItemKind, readEventItems, type EventItemKind } from './read-events';

/** What our own exports put before a document id in a target's `source`. */
const DOCUMENT_IRI = tagwrightIri.document('');

/**
 * Reads W3C Web Annotation JSON-LD: an `AnnotationCollection` (items under `first.items`, or
 * `first` as a list of pages), an `AnnotationPage`, a list of annotations, or one annotation.
 * Annotations with `TextPositionSelector` (code points) and/or `TextQuoteSelector` become spans of
 * the document their `source` names (documents already in the project); the label is the
 * `tagging` body, the note the `commenting` body, attributes a JSON `describing` body.
 * `linking` annotations become relations; our own export's events and equivalence groups
 * (read-events.ts) come back as such. The text itself is not in the file.
 */
export function parseW3cJsonLd(fileName: string, content: string): ParsedCorpus {
  const corpus = emptyCorpus('w3c', fileName);
  const value = parseJsonFile(corpus, content);
  if (value === undefined) return corpus;
  const items = annotationItems(value);
  if (items === null) {
    const message = 'no annotations found (expected an AnnotationCollection, an AnnotationPage or annotations)';
    corpus.problems.push(corpusProblem(fileName, message));
    return corpus;
  }
  const documents = new Map<string, ParsedDocument>();
  /** A span's key → the document it is in: a link's ends must be spans of this file. */
  const documentOf = new Map<string, ParsedDocument>();
  const links: { item: Record<string, unknown>; index: number }[] = [];
  const eventItems: { item: Record<string, unknown>; kind: EventItemKind; index: number }[] = [];
  items.forEach((item: unknown, index) => {
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
    if (!read.span) return;
    let document = documents.get(read.source);
    if (!document) {
      document = { fileName, targetDocumentId: documentId(read.source), spans: [], relations: [] };
      documents.set(read.source, document);
    }
    document.spans.push(read.span);
    documentOf.set(read.span.key, document);
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

/**
 * A tagging annotation as a span of the document its targets' `source` names; the problems are
 * messages, any of them before the span is made stops it.
 */
function readSpanAnnotation(
  item: unknown,
  index: number,
): { span: ParsedSpan; source: string; problems: string[] } | { span?: undefined; problems: string[] } {
  const where = `annotation ${index + 1}`;
  if (!isRecord(item)) return { problems: [`${where}: not an object`] };
  const bodies = asList(item.body);
  const tag = bodies.find((b) => isRecord(b) && (b.purpose === 'tagging' || b.purpose === 'classifying'));
  const label =
    isRecord(tag) && typeof tag.value === 'string'
      ? tag.value
      : typeof item.bodyValue === 'string'
        ? item.bodyValue
        : undefined;
  if (!label) return { problems: [`${where}: no label (a TextualBody with purpose "tagging")`] };
  const target = readTargets(asList(item.target));
  if (typeof target === 'string') return { problems: [`${where}: ${target}`] };
  const attributes = describedAttributes(bodies);
  const problems = attributes.problem ? [`${where}: ${attributes.problem}`] : [];
  const key = typeof item.id === 'string' ? item.id : `#${index}`;
  const annotator = creatorName(item.creator);
  const comments = bodies.filter((b) => isRecord(b) && b.purpose === 'commenting' && typeof b.value === 'string');
  const span: ParsedSpan = {
    key,
    label,
    ...target.selection,
    attributes: attributes.value,
    note: comments.map((b) => (b as { value: string }).value).join('\n'),
    ...(annotator ? { annotator } : {}),
    ...(typeof item.created === 'string' ? { createdAt: item.created } : {}),
    ...(typeof item.modified === 'string' ? { updatedAt: item.modified } : {}),
  };
  return { span, source: target.source, problems };
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

function annotationItems(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isRecord(value)) return null;
  if (value.type === 'AnnotationCollection') {
    const pages = asList(value.first);
    return pages.flatMap((p) => (isRecord(p) && Array.isArray(p.items) ? p.items : []));
  }
  if (value.type === 'AnnotationPage') return Array.isArray(value.items) ? value.items : [];
  if (value.type === 'Annotation') return [value];
  return null;
}
