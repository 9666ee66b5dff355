import { bundleForNode } from '../bundle-for-node.mjs';

/** Progress figures: the documents × annotators report main builds each time the Progress view re-reads it. */
export async function runProgressBench({ log }) {
  const { measureProgressBench } = await import(await bundleForNode('tests/bench/progress/progress-bench.ts'));
  const figures = [];
  for (const [documents, annotators, spans] of [
    [200, 3, 50],
    [1000, 3, 100],
    [2000, 5, 100],
  ]) {
    const r = measureProgressBench(documents, annotators, spans);
    figures.push(r);
    log(
      `progress ${r.documents.toLocaleString('en')} documents × ${r.annotators} annotators, ` +
        `${r.annotations.toLocaleString('en')} annotations: ${r.milliseconds.toFixed(0)} ms per report (best of 3)`,
    );
  }
  return figures;
}
