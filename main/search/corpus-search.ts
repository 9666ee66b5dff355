import { Worker } from 'node:worker_threads';
import { TagwrightError } from '../../shared/ipc/result';
import type { ProjectChange } from '../../shared/ipc/views';
import type { SearchRequest, SearchResults } from '../../shared/search/search-request';
import type { FromSearchWorker, ToSearchWorker } from './search-worker-protocol';
import type { SearchSource } from './search-source';

/** How long a search may run before its worker is stopped. */
export const DEFAULT_SEARCH_TIME_LIMIT_MS = 2000;

export interface CorpusSearchOptions {
  /** The built worker script (<build>/main/search-worker.js); null where none was built (search is refused). */
  workerFile: string | null;
  timeLimitMs?: number;
}

/**
 * Runs searches of the open project in a worker thread (search-worker.ts), one at a time. The
 * worker starts on the first search with the project's documents, is kept current from each
 * ProjectChange, and is ended when another project opens. A search running past the time limit
 * ends the worker (a regular expression cannot be interrupted otherwise) and fails with an error
 * saying so; the next search starts a new one.
 */
export class CorpusSearch {
  readonly #workerFile: string | null;
  readonly #timeLimitMs: number;
  #worker: Worker | null = null;
  #nextId = 1;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    options: CorpusSearchOptions,
    /** The open project as search reads it; null when none is open. */
    private readonly source: () => SearchSource | null,
  ) {
    this.#workerFile = options.workerFile;
    this.#timeLimitMs = options.timeLimitMs ?? DEFAULT_SEARCH_TIME_LIMIT_MS;
  }

  /** Runs a search after any running one; rejects with a TagwrightError (bad pattern, time limit, no project). */
  search(request: SearchRequest): Promise<SearchResults> {
    const run = this.#queue.then(() => this.#run(request));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Another project was opened (or none is): the worker's corpus is dropped with it. */
  projectReplaced(): void {
    this.#stop();
  }

  /** Passes one change of the open project on to the worker, if it runs (else it loads everything when it starts). */
  changed(change: ProjectChange): void {
    const source = this.source();
    if (!this.#worker || !source) return;
    const added = new Set(change.documents.added.map((d) => d.id));
    if (added.size > 0) this.#post({ type: 'put', documents: [...added].map((id) => source.document(id)) });
    if (change.documents.removed.length > 0) this.#post({ type: 'remove', documentIds: change.documents.removed });
    // Every document whose annotations may have changed; a removal only names the annotation, but
    // its document's label counts changed, so the document is among documents.changed.
    const touched = new Set<string>(change.documents.changed.map((d) => d.id));
    if (change.documentId !== null) touched.add(change.documentId);
    for (const a of [...change.annotations.added, ...change.annotations.changed]) touched.add(a.documentId);
    for (const id of touched) {
      if (added.has(id) || change.documents.removed.includes(id)) continue;
      this.#post({ type: 'annotations', documentId: id, annotations: source.annotationsOf(id) });
    }
  }

  /** Ends the worker (quitting, closing): nothing of the project stays in memory. */
  dispose(): void {
    this.#stop();
  }

  #run(request: SearchRequest): Promise<SearchResults> {
    const worker = this.#started();
    const id = this.#nextId++;
    worker.ref(); // an idle worker never keeps the process alive; a search it runs does
    return new Promise<SearchResults>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onFailure);
        worker.off('exit', onFailure);
        if (this.#worker === worker) worker.unref();
      };
      const onMessage = (message: FromSearchWorker) => {
        if (message.id !== id) return;
        if (message.kind === 'started') {
          timer = setTimeout(() => {
            settle();
            this.#stop();
            reject(this.#timeLimitError(request));
          }, this.#timeLimitMs);
          return;
        }
        settle();
        if (message.kind === 'done') resolve(message.results);
        else reject(new TagwrightError(message.error.code, message.error.message));
      };
      const onFailure = (error?: unknown) => {
        settle();
        if (this.#worker === worker) this.#worker = null;
        const why = error instanceof Error ? `: ${error.message}` : '';
        reject(new TagwrightError('internal', `The search stopped unexpectedly${why}. Try again.`));
      };
      worker.on('message', onMessage);
      worker.on('error', onFailure);
      worker.on('exit', onFailure);
      worker.postMessage({ type: 'search', id, request } satisfies ToSearchWorker);
    });
  }

  /** The running worker, or a new one loaded with the open project's documents. */
  #started(): Worker {
    if (this.#worker) return this.#worker;
    const source = this.source();
    if (!source) throw new TagwrightError('no-project', 'No project is open.');
    if (!this.#workerFile) {
      throw new TagwrightError(
        'internal',
        'Search is not available here: its worker script was not built with the app.',
      );
    }
    const worker = new Worker(this.#workerFile);
    worker.unref();
    this.#worker = worker;
    this.#post({ type: 'load', documents: source.documents() });
    return worker;
  }

  #post(message: ToSearchWorker): void {
    this.#worker?.postMessage(message);
  }

  #stop(): void {
    const worker = this.#worker;
    this.#worker = null;
    void worker?.terminate();
  }

  #timeLimitError(request: SearchRequest): TagwrightError {
    const seconds = `${this.#timeLimitMs / 1000} s`;
    return new TagwrightError(
      'timeout',
      request.regex
        ? `The pattern took longer than ${seconds} and was stopped; it may backtrack catastrophically, ` +
            'e.g. (a+)+$. Simplify its nested repeats, or search for plain text.'
        : `The search took longer than ${seconds} and was stopped.`,
    );
  }
}
