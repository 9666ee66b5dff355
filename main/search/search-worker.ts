import { parentPort } from 'node:worker_threads';
import { TagwrightError, callErrorOf } from '../../shared/ipc/result';
import { SearchCorpus } from '../../shared/search/search-corpus';
import type { FromSearchWorker, ToSearchWorker } from './search-worker-protocol';

// The search worker (bundled to <build>/main/search-worker.js): holds the open project's texts and
// annotations and runs searches off main's thread, so calls are answered while a search runs and
// a runaway pattern can be stopped by ending this thread (corpus-search.ts).

const port = parentPort;
if (!port) throw new Error('search-worker.js runs as a worker thread, started by CorpusSearch.');
const corpus = new SearchCorpus();
const answer = (message: FromSearchWorker) => port.postMessage(message);

port.on('message', (message: ToSearchWorker) => {
  switch (message.type) {
    case 'load':
      corpus.clear();
      for (const d of message.documents) corpus.put(d);
      // Folding now, while nobody waits, spares the first search the work.
      corpus.fold();
      return;
    case 'put':
      for (const d of message.documents) corpus.put(d);
      return;
    case 'annotations':
      corpus.setAnnotations(message.documentId, message.annotations);
      return;
    case 'remove':
      for (const id of message.documentIds) corpus.remove(id);
      return;
    case 'search':
      answer({ id: message.id, kind: 'started' });
      try {
        answer({ id: message.id, kind: 'done', results: corpus.search(message.request) });
      } catch (error) {
        const failure =
          error instanceof TagwrightError
            ? callErrorOf(error)
            : {
                code: 'internal' as const,
                message: `The search failed: ${(error as Error)?.message ?? String(error)}`,
              };
        answer({ id: message.id, kind: 'failed', error: failure });
      }
  }
});
