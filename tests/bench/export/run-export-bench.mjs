import { bundleForNode } from '../bundle-for-node.mjs';

const f = (n) => n.toFixed(1);
const n = (x) => x.toLocaleString('en');

/** Export figures (issue 5, point 6; issue 12): 2,000 documents × 500 annotations in every format and form, best of 2 runs each. */
export async function runExportBench({ log }) {
  const { measureExports } = await import(await bundleForNode('tests/bench/export/export-bench.ts'));
  const { input, figures } = await measureExports(2000, 500);
  log(
    `input: ${n(input.documents)} documents (${n(input.characters)} UTF-16 units of text), ${n(input.annotations)} annotations ` +
      `(${n(input.notes)} with a note, ${n(input.attributeValues)} attribute values), ${n(input.relations)} relations`,
  );
  for (const r of figures) {
    const targets = [r.seconds < 20 ? 'under 20 s' : 'OVER 20 s'];
    const mbPerSecond = (r.mib * 2 ** 20) / 1e6 / r.seconds;
    if (r.format === 'jsonl') targets.push(mbPerSecond >= 100 ? '≥ 100 MB/s' : 'UNDER 100 MB/s');
    const name = r.form ? `${r.format} (${r.form})` : r.format;
    log(
      `export ${name.padEnd(20)} ${r.documents} documents, ${n(r.annotations)} annotations, ${n(r.relations)} relations: ` +
        `${f(r.seconds)} s, ${f(r.mib)} MiB in ${r.files} file(s), ${f(r.mibPerSecond)} MiB/s (${f(mbPerSecond)} MB/s), ` +
        `RSS ${f(r.baselineRssMiB)} → peak ${f(r.peakRssMiB)} MiB (${targets.join(', ')})`,
    );
    if (r.losses.length > 0) log(`  not carried: ${r.losses.map((l) => `${l.kind} ${n(l.count)}`).join(', ')}`);
  }
  return figures;
}
