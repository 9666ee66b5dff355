import { attributeMapSchema, type Fragment } from '../../model';
import { emptyCorpus, type ParsedCorpus, type ParsedDocument, type ParsedSpan } from '../corpus/parsed-corpus';
import { parseJsonFile, isRecord, offsetValue } from '../corpus/json-fields';
import { tagwrightIri } from './w3c-iri';

/** What our own exports put before a document id in a target's `source`. */
const DOCUMENT_IRI = tagwrightIri.document('');

/**
 * Reads W3C Web Annotation JSON-LD: an `AnnotationCollection` (items under `first.items`, or
 * `first` as a list of pages), an `AnnotationPage`, a list of annotations, or one annotation.
 * Annotations with `TextPositionSelector` (code points) and/or `TextQuoteSelector` become spans of
 * the document their `source` names (documents already in the project); the label is the
 * `tagging` body, the note the `commenting` body, attributes a JSON `describing` body.
 * `linking` annotations become relations. The text itself is not in the file.
 */
export function parseW3cJsonLd(fileName: string, content: string): ParsedCorpus {
  const corpus = emptyCorpus('w3c', fileName);
  const problem = (message: string) => corpus.problems.push({ fileName, message });
  const value = parseJsonFile(corpus, content);
  if (value === undefined) return corpus;
  const items = annotationItems(value);
  if (items === null) {
    problem('no annotations found (expected an AnnotationCollection, an AnnotationPage or annotations)');
    return corpus;
  }
  const documents = new Map<string, ParsedDocument>();
  const documentOf = new Map<string, ParsedDocument>();
  const links: { item: Record<string, unknown>; index: number }[] = [];
  items.forEach((item: unknown, index) => {
    const where = `annotation ${index + 1}`;
    if (!isRecord(item)) return problem(`${where}: not an object`);
    if (item.motivation === 'linking') {
      links.push({ item, index });
      return;
    }
    const bodies = asList(item.body);
    const tag = bodies.find((b) => isRecord(b) && (b.purpose === 'tagging' || b.purpose === 'classifying'));
    const label =
      isRecord(tag) && typeof tag.value === 'string'
        ? tag.value
        : typeof item.bodyValue === 'string'
          ? item.bodyValue
          : undefined;
    if (!label) return problem(`${where}: no label (a TextualBody with purpose "tagging")`);
    const targets = asList(item.target);
    const fragments: Fragment[] = [];
    let quote: string | undefined;
    let prefix: string | undefined;
    let suffix: string | undefined;
    let source: string | undefined;
    for (const target of targets) {
      if (!isRecord(target) || typeof target.source !== 'string') return problem(`${where}: a target needs a "source"`);
      if (source !== undefined && target.source !== source)
        return problem(`${where}: targets in different documents are not carried`);
      source = target.source;
      const selectors = asList(target.selector).filter(isRecord);
      const position = selectors.find((s) => s.type === 'TextPositionSelector');
      const quoteSelector = selectors.find((s) => s.type === 'TextQuoteSelector');
      const start = position ? offsetValue(position.start) : undefined;
      const end = position ? offsetValue(position.end) : undefined;
      const quoteOnly = (start === undefined || end === undefined) && typeof quoteSelector?.exact === 'string';
      if (!quoteOnly && (start === undefined || end === undefined)) {
        return problem(
          `${where}: a target needs a TextPositionSelector (integer start and end) or a TextQuoteSelector`,
        );
      }
      if (quoteOnly && targets.length > 1) return problem(`${where}: several quote-only targets are not carried`);
      if (start !== undefined && end !== undefined) fragments.push({ start, end });
      if (quoteSelector && typeof quoteSelector.exact === 'string') {
        quote = quote === undefined ? quoteSelector.exact : `${quote} ${quoteSelector.exact}`;
        if (targets.length === 1) {
          if (typeof quoteSelector.prefix === 'string') prefix = quoteSelector.prefix;
          if (typeof quoteSelector.suffix === 'string') suffix = quoteSelector.suffix;
        }
      }
    }
    if (!source) return problem(`${where}: no target`);
    let document = documents.get(source);
    if (!document) {
      document = {
        fileName,
        targetDocumentId: source.startsWith(DOCUMENT_IRI) ? source.slice(DOCUMENT_IRI.length) : source,
        spans: [],
        relations: [],
      };
      documents.set(source, document);
    }
    const comment = bodies.filter((b) => isRecord(b) && b.purpose === 'commenting' && typeof b.value === 'string');
    const describing = bodies.find((b) => isRecord(b) && b.purpose === 'describing' && typeof b.value === 'string');
    let attributes = {};
    if (isRecord(describing)) {
      try {
        const parsed = attributeMapSchema.safeParse(JSON.parse(describing.value as string));
        if (parsed.success) attributes = parsed.data;
        else problem(`${where}: the describing body is not an attribute map`);
      } catch {
        problem(`${where}: the describing body is not JSON`);
      }
    }
    const key = typeof item.id === 'string' ? item.id : `#${index}`;
    const annotator = creatorName(item.creator);
    const span: ParsedSpan = {
      key,
      label,
      fragments: fragments.sort((x, y) => x.start - y.start),
      ...(quote !== undefined ? { quote } : {}),
      ...(prefix !== undefined ? { prefix } : {}),
      ...(suffix !== undefined ? { suffix } : {}),
      attributes,
      note: comment.map((b) => (b as { value: string }).value).join('\n'),
      ...(annotator ? { annotator } : {}),
      ...(typeof item.created === 'string' ? { createdAt: item.created } : {}),
      ...(typeof item.modified === 'string' ? { updatedAt: item.modified } : {}),
    };
    document.spans.push(span);
    documentOf.set(key, document);
  });
  for (const { item, index } of links) {
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
    ) {
      problem(
        `annotation ${index + 1}: a linking annotation needs a tagging body, a linking body and a target annotation in this file`,
      );
      continue;
    }
    const annotator = creatorName(item.creator);
    document.relations.push({ type, from, to, ...(annotator ? { annotator } : {}) });
  }
  corpus.documents.push(...documents.values());
  return corpus;
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

function asList(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function creatorName(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isRecord(value))
    return typeof value.name === 'string'
      ? value.name
      : typeof value.nickname === 'string'
        ? value.nickname
        : undefined;
  return undefined;
}
