import { codePointCounter } from '../text/code-points';
import { annotationFilter } from './annotation-filter';
import { compileQuery, type CompiledQuery } from './compile-query';
import { CoveringAnnotations } from './covering-annotations';
import { forEachMatch } from './find-matches';
import { foldText, type FoldedText } from './folded-text';
import { leftContext, rightContext } from './hit-context';
import type {
  DocumentHitCount,
  SearchAnnotation,
  SearchDocument,
  SearchHit,
  SearchRequest,
  SearchResults,
} from './search-request';

interface Entry {
  document: SearchDocument;
  /** Folded on first use, each way: ignoring case (the default) and keeping it. */
  folded: FoldedText | null;
  foldedKeepingCase: FoldedText | null;
}

/**
 * The corpus as search holds it: documents in project order, each with its annotations and its
 * folded text (made once, on the first search that needs it, or by `fold`). Searches run over it
 * synchronously; main runs it in a worker thread (main/search/).
 */
export class SearchCorpus {
  readonly #entries = new Map<string, Entry>();

  get size(): number {
    return this.#entries.size;
  }

  /** Adds a document at the end, or replaces one in place (its folded text is made again). */
  put(document: SearchDocument): void {
    this.#entries.set(document.id, { document, folded: null, foldedKeepingCase: null });
  }

  /** Replaces a document's annotations; its text and folded text stay. */
  setAnnotations(documentId: string, annotations: SearchAnnotation[]): void {
    const entry = this.#entries.get(documentId);
    if (entry) entry.document = { ...entry.document, annotations };
  }

  remove(documentId: string): void {
    this.#entries.delete(documentId);
  }

  clear(): void {
    this.#entries.clear();
  }

  /** Folds every document for the default (case-insensitive) search now, so the first search need not. */
  fold(): void {
    for (const entry of this.#entries.values()) foldedOf(entry, false);
  }

  /** Every hit of `request`: the first `limit` in full, counts per document of all. Throws on a bad query. */
  search(request: SearchRequest): SearchResults {
    const query = compileQuery(request);
    const inScope = annotationFilter(request);
    const hits: SearchHit[] = [];
    const documents: DocumentHitCount[] = [];
    let total = 0;
    for (const entry of this.#entries.values()) {
      const { document } = entry;
      const scope = inScope ? document.annotations.filter(inScope) : null;
      if (scope?.length === 0) continue;
      const hitOf = hitMaker(document);
      let count = 0;
      forEachSpan(query, entry, scope, (start, end) => {
        count++;
        if (hits.length < request.limit) hits.push(hitOf(start, end));
      });
      if (count === 0) continue;
      documents.push({ documentId: document.id, title: document.title, hits: count });
      total += count;
    }
    return { hits, total, documents, truncated: total > hits.length };
  }
}

function foldedOf(entry: Entry, caseSensitive: boolean): FoldedText {
  if (caseSensitive) return (entry.foldedKeepingCase ??= foldText(entry.document.text, true));
  return (entry.folded ??= foldText(entry.document.text, false));
}

/** Calls `onSpan` with each hit of one document, in text order: matches (inside the scope, when filtered) or the scope itself. */
function forEachSpan(
  query: CompiledQuery,
  entry: Entry,
  scope: SearchAnnotation[] | null,
  onSpan: (start: number, end: number) => void,
): void {
  if (query.kind === 'annotations') {
    forEachDistinctSpan(scope ?? [], onSpan);
    return;
  }
  const caseSensitive = query.kind === 'plain' && query.caseSensitive;
  const folded = () => foldedOf(entry, caseSensitive);
  if (!scope) return forEachMatch(query, entry.document.text, folded, onSpan);
  const scopes = new CoveringAnnotations(scope);
  forEachMatch(query, entry.document.text, folded, (start, end) => {
    if (scopes.of(start, end).length > 0) onSpan(start, end);
  });
}

/** The annotations' spans in text order, each span once (two labels on one span are one hit). */
function forEachDistinctSpan(annotations: readonly SearchAnnotation[], onSpan: (start: number, end: number) => void) {
  const sorted = [...annotations].sort((a, b) => a.start - b.start || a.end - b.end);
  sorted.forEach((a, i) => {
    const previous = sorted[i - 1];
    if (previous?.start !== a.start || previous.end !== a.end) onSpan(a.start, a.end);
  });
}

/** Makes the hits of one document, asked in order of start: offsets in both units, context, coverage. */
function hitMaker(document: SearchDocument): (start: number, end: number) => SearchHit {
  const { text } = document;
  const codePointOf = codePointCounter(text);
  let covering: CoveringAnnotations | null = null;
  return (start, end) => {
    covering ??= new CoveringAnnotations(document.annotations);
    const matched = text.slice(start, end);
    const startCodePoint = codePointOf(start);
    return {
      documentId: document.id,
      start,
      end,
      startCodePoint,
      // Spans may overlap (annotations as hits): the end is counted from the start, not by the counter.
      endCodePoint: startCodePoint + codePointCounter(matched)(matched.length),
      text: matched,
      left: leftContext(text, start),
      right: rightContext(text, end),
      coveredBy: covering.coverageOf(start, end),
    };
  };
}
