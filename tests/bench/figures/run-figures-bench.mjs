import { join } from 'node:path';
import { bundleForNode, repoRoot } from '../bundle-for-node.mjs';

const pct = (right, all) => `${((right / all) * 100).toFixed(1)}% (${right}/${all})`;

/** Figure normalisation (issue 14, point 7): accuracy on the real-forms set, beside compromise's, and speed. */
export async function runFiguresBench({ log }) {
  const { measureFigures } = await import(await bundleForNode('tests/bench/figures/figure-bench.ts'));
  const r = measureFigures(join(repoRoot, 'tests', 'fixtures', 'figures', 'real-forms.jsonl'));
  const sources = [...new Set(r.forms.map((f) => f.source))].join(', ');
  log(`real-forms set: ${r.forms.length} forms (${sources})`);
  const line = (name, s, qualifier = true) =>
    log(
      `${name.padEnd(24)} value ${pct(s.value, s.forms)} · kind ${pct(s.kind, s.forms)}` +
        (qualifier ? ` · qualifier ${pct(s.qualifier, s.forms)}` : ' · qualifier not read'),
    );
  line('tagwright', r.tagwright);
  line('tagwright, held out', r.heldOut);
  line('compromise, read kindly', r.compromise, false);
  line('compromise, as it comes', r.compromiseAsIs, false);
  log(`speed: ${r.microsecondsPerFigure.toFixed(1)} µs per figure (quote and context), best of 3`);
  return r;
}
