import { bundleForNode } from '../bundle-for-node.mjs';

const f = (n) => n.toFixed(1);

/** Export figures (issue 5, point 6): 2,000 documents × 500 annotations in every format, best of 2 runs each. */
export async function runExportBench({ log }) {
  const { measureExports } = await import(await bundleForNode('tests/bench/export/export-bench.ts'));
  const figures = await measureExports(2000, 500);
  for (const r of figures) {
    const targets = [r.seconds < 20 ? 'under 20 s' : 'OVER 20 s'];
    const mbPerSecond = (r.mib * 2 ** 20) / 1e6 / r.seconds;
    if (r.format === 'jsonl') targets.push(mbPerSecond >= 100 ? '≥ 100 MB/s' : 'UNDER 100 MB/s');
    log(
      `export ${r.format.padEnd(12)} ${r.documents} documents, ${r.annotations.toLocaleString('en')} annotations: ` +
        `${f(r.seconds)} s, ${f(r.mib)} MiB in ${r.files} file(s), ${f(r.mibPerSecond)} MiB/s (${f(mbPerSecond)} MB/s), ` +
        `RSS ${f(r.baselineRssMiB)} → peak ${f(r.peakRssMiB)} MiB (${targets.join(', ')})`,
    );
  }
  return figures;
}
