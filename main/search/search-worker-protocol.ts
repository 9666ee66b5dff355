import type { CallError } from '../../shared/ipc/result';
import type {
  SearchAnnotation,
  SearchDocument,
  SearchRequest,
  SearchResults,
} from '../../shared/search/search-request';

/** What main tells the search worker: the corpus as it changes, and searches to run (one at a time). */
export type ToSearchWorker =
  /** The open project's documents, replacing any held before. */
  | { type: 'load'; documents: SearchDocument[] }
  /** Documents added (at the end) or replaced. */
  | { type: 'put'; documents: SearchDocument[] }
  /** One document's annotations, all of them, after they changed. */
  | { type: 'annotations'; documentId: string; annotations: SearchAnnotation[] }
  | { type: 'remove'; documentIds: string[] }
  | { type: 'search'; id: number; request: SearchRequest };

/**
 * What the worker answers a search with: `started` when it begins (the time limit counts from
 * there, not from a queue of corpus updates before it), then its results or why it failed.
 */
export type FromSearchWorker =
  | { id: number; kind: 'started' }
  | { id: number; kind: 'done'; results: SearchResults }
  | { id: number; kind: 'failed'; error: CallError };
