import { bundleForNode } from '../bundle-for-node.mjs';

const f = (n) => n.toFixed(1);

/** Search figures (issue 15, point 5): 2,000 documents, 20 MB, searched in main's worker thread. */
export async function runSearchBench({ log }) {
  const workerFile = await bundleForNode('main/search/search-worker.ts');
  const { measureSearch } = await import(await bundleForNode('tests/bench/search/search-bench.ts'));
  const r = await measureSearch(workerFile, 2000, 10_000);
  log(
    `search: ${r.documents.toLocaleString('en')} documents, ${(r.characters / 1e6).toFixed(1)} million characters; ` +
      `first search (corpus handed to the worker and folded) ${f(r.firstMs)} ms`,
  );
  for (const q of r.figures) {
    const target = q.request.regex ? 300 : 100;
    log(
      `search ${q.name.padEnd(42)} ${JSON.stringify(q.request.query)}: ${q.hits.toLocaleString('en')} hits in ${q.documents.toLocaleString('en')} documents, ` +
        `through the worker median ${f(q.medianMs)} ms, max ${f(q.maxMs)} ms (target < ${target} ms: ${q.medianMs < target ? 'met' : 'NOT MET'}); ` +
        `engine alone ${f(q.engineMedianMs)} ms`,
    );
  }
  log(
    `search: main's event loop blocked up to ${f(r.figures[0].blockedMs)} ms while the searches ran (monitorEventLoopDelay)`,
  );
  return r;
}
