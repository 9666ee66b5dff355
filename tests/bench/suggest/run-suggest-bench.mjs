import { join } from 'node:path';
import { bundleForNode, repoRoot } from '../bundle-for-node.mjs';

const pct = (x) => `${(x * 100).toFixed(0)}%`;

/** Suggestion figures (issue 15, point 5): time per 10,000 words, and precision/recall per label on the hand-labelled gold set. */
export async function runSuggestBench({ log }) {
  const { measureSpeed, measureQuality } = await import(await bundleForNode('tests/bench/suggest/suggest-bench.ts'));
  const { texts, quality } = await measureQuality(join(repoRoot, 'tests', 'fixtures', 'suggest-gold'));
  const words = texts.reduce((n, t) => n + t.text.split(/\s+/).filter(Boolean).length, 0);
  const spans = texts.reduce((n, t) => n + t.gold.length, 0);
  log(`gold set: ${texts.length} texts, ${words.toLocaleString('en')} words, ${spans} labelled spans`);
  for (const { scenario, exact, overlap } of quality) {
    log(`${scenario}:`);
    exact.forEach((e, i) => {
      const o = overlap[i];
      log(
        `  ${e.label.padEnd(7)} exact P ${pct(e.precision)} R ${pct(e.recall)} F1 ${pct(e.f1)} ` +
          `(${e.truePositives} right, ${e.falsePositives} wrong, ${e.falseNegatives} missed) · ` +
          `overlap P ${pct(o.precision)} R ${pct(o.recall)} F1 ${pct(o.f1)}`,
      );
    });
  }
  const speed = measureSpeed(texts);
  log(
    `speed on ${speed.words.toLocaleString('en')} words (best of 3): NLP ${speed.nlpMs.toFixed(0)} ms, then ` +
      `${speed.engineMs.toFixed(1)} ms per refresh with the NLP's findings kept (memory of ${speed.memoryStrings} strings); ` +
      `${((speed.nlpMs + speed.engineMs) / (speed.words / 10_000)).toFixed(0)} ms per 10,000 words in all`,
  );
  log(
    `memory of a project of 1,000,000 annotations (${speed.bigMemoryStrings.toLocaleString('en')} strings): ` +
      `counted in ${speed.bigCountMs.toFixed(0)} ms at the first refresh, then made from the kept counts in ` +
      `${speed.bigMemoryMs.toFixed(0)} ms after each change`,
  );
  return { quality, speed };
}
