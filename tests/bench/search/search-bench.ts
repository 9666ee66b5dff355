import { monitorEventLoopDelay } from 'node:perf_hooks';
import { CorpusSearch } from '../../../main/search/corpus-search';
import type { SearchSource } from '../../../main/search/search-source';
import { SearchCorpus } from '../../../shared/search/search-corpus';
import { searchRequestSchema, type SearchRequestInput } from '../../../shared/search/search-request';
import { generateSearchCorpus } from './generate-search-corpus';

export interface SearchFigure {
  name: string;
  request: SearchRequestInput;
  hits: number;
  documents: number;
  /** From main's call to its answer, through the worker. */
  medianMs: number;
  maxMs: number;
  /** The same search run by the engine alone in this thread: what the worker adds is the difference. */
  engineMedianMs: number;
  /** The longest stall of main's event loop while the searches ran through the worker. */
  blockedMs: number;
}

const ROUNDS = 7;

const QUERIES: [string, SearchRequestInput][] = [
  ['plain, a name (in one document in ten)', { query: 'Hajizada' }],
  ['plain, common word (first 2,000 hits sent)', { query: 'ministry' }],
  ['plain, diacritics folded ("fuzuli")', { query: 'fuzuli' }],
  ['regex, figures', { query: String.raw`\d[\d,.]*\s*(percent|%)`, regex: true }],
];

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/**
 * Searches a generated corpus through main's CorpusSearch and its worker (the worker script as
 * bundled in `workerFile`): the first search (which hands the corpus to the worker, where it is
 * folded), then one untimed round of the queries, then ROUNDS rounds, each query timed at main
 * from the call to the answer; and the same queries run by the engine alone, for comparison.
 */
export async function measureSearch(workerFile: string, count: number, charactersEach: number) {
  const documents = generateSearchCorpus(count, charactersEach);
  const characters = documents.reduce((n, d) => n + d.text.length, 0);
  const source: SearchSource = {
    documents: () => documents,
    document: (id) => documents.find((d) => d.id === id)!,
    annotationsOf: () => [],
  };
  const search = new CorpusSearch({ workerFile, timeLimitMs: 60_000 }, () => source);
  const requests = QUERIES.map(([, request]) => searchRequestSchema.parse(request));
  try {
    let started = performance.now();
    await search.search(requests[0]!);
    const firstMs = performance.now() - started;

    const times = QUERIES.map(() => [] as number[]);
    const found = QUERIES.map(() => ({ hits: 0, documents: 0 }));
    const delay = monitorEventLoopDelay({ resolution: 5 });
    for (let round = -1; round < ROUNDS; round++) {
      if (round === 0) delay.enable();
      for (const [i, request] of requests.entries()) {
        started = performance.now();
        const results = await search.search(request);
        if (round >= 0) times[i]!.push(performance.now() - started);
        found[i] = { hits: results.total, documents: results.documents.length };
      }
    }
    delay.disable();

    const engine = new SearchCorpus();
    for (const d of documents) engine.put(d);
    engine.fold();
    const engineTimes = QUERIES.map(() => [] as number[]);
    for (let round = -1; round < ROUNDS; round++) {
      for (const [i, request] of requests.entries()) {
        started = performance.now();
        engine.search(request);
        if (round >= 0) engineTimes[i]!.push(performance.now() - started);
      }
    }

    const figures: SearchFigure[] = QUERIES.map(([name, request], i) => ({
      name,
      request,
      ...found[i]!,
      medianMs: median(times[i]!),
      maxMs: Math.max(...times[i]!),
      engineMedianMs: median(engineTimes[i]!),
      blockedMs: delay.max / 1e6,
    }));
    return { documents: count, characters, firstMs, figures };
  } finally {
    search.dispose();
  }
}
