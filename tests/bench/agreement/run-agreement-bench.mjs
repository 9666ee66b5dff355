import { bundleForNode } from '../bundle-for-node.mjs';

/** Agreement figures: a project's whole report (spans, tokens, attributes) as main computes it, best of 2 runs. */
export async function runAgreementBench({ log }) {
  const { measureAgreementBench } = await import(await bundleForNode('tests/bench/agreement/agreement-bench.ts'));
  const figures = [];
  for (const [documents, annotators] of [
    [200, 2],
    [200, 3],
    [1000, 3],
  ]) {
    const r = measureAgreementBench(documents, 1000, annotators, 100);
    figures.push(r);
    log(
      `agreement ${r.documents} documents × 1,000 words (${r.tokens.toLocaleString('en')} tokens), ${r.annotators} annotators, ` +
        `${r.annotations.toLocaleString('en')} annotations: ${r.seconds.toFixed(2)} s ` +
        `(${Math.round(r.tokens / r.seconds).toLocaleString('en')} tokens/s), heap after ${r.heapAfterMiB.toFixed(0)} MiB`,
    );
  }
  return figures;
}
