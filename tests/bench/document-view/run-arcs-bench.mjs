import { chromium } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { writeBenchmarkSection } from '../benchmark-sections.mjs';
import { fixed as f, median, percentile, taskCell } from '../bench-statistics.mjs';
import { bundleForNode } from '../bundle-for-node.mjs';
import { buildBenchPage } from './build-bench-page.mjs';

// Issue 14, point 9: the document view with its arc layer over 50,000 words, 10,000 spans and
// 2,000 relations (page/arcs-bench.tsx): open, longest task, arc drawing per scroll step.
const RUNS = 3;
const TARGETS = { longestTaskMs: 200 };

async function measureOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${url}?mode=arcs`);
    await page.waitForFunction(() => window.__benchResult, null, { timeout: 180_000, polling: 200 });
    const result = await page.evaluate(() => window.__benchResult);
    return {
      ...result,
      drawMedianMs: median(result.drawMs),
      drawP95Ms: percentile(result.drawMs, 95),
      arcsMedian: median(result.arcsPerStep),
    };
  } finally {
    await context.close();
  }
}

/** Builds the bench page, measures the arc layer three times, prints and records the figures. */
export async function runArcsBench({ log }) {
  const loadBefore = loadavg()[0];
  const dir = await buildBenchPage();
  const { serveFolder } = await import(await bundleForNode('tests/e2e/static-server.ts'));
  const { chromiumLaunchOptions } = await import(await bundleForNode('tests/e2e/playwright.config.ts'));
  const server = await serveFolder(dir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const runs = [];
  const version = browser.version();
  try {
    for (let run = 0; run < RUNS; run++) runs.push(await measureOnce(browser, server.url));
  } finally {
    await browser.close();
    await server.close();
  }
  const pick = (key) => median(runs.map((r) => r[key]));
  const first = runs[0];
  const longest = pick('longestTaskMs');
  const lines = [
    `Input: the document view's generated document, ${first.words.toLocaleString('en')} words, ${first.spans.toLocaleString('en')} spans, ` +
      `${first.relations.toLocaleString('en')} relations between spans near each other, spread over the text; ${first.drawMs.length} scroll steps of ` +
      `half a screen. Headless Debian Chromium ${version}, viewport 1280×800, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; median of ${RUNS} runs.`,
    '',
    '| open → arcs painted | whole document built | longest task (open, build, scroll) | longest task while scrolling | arcs drawn per step (median) | arc drawing per scroll step, p50 / p95 |',
    '|---|---|---|---|---|---|',
    `| ${f(pick('openMs'), 0)} ms | ${f(pick('completeMs'), 0)} ms | ${taskCell(longest)} | ${taskCell(pick('scrollLongestTaskMs'))} | ` +
      `${f(pick('arcsMedian'), 0)} | ${f(pick('drawMedianMs'), 2)} / ${f(pick('drawP95Ms'), 2)} ms |`,
    '',
    `Target: no task over ${TARGETS.longestTaskMs} ms: ${taskCell(longest)} ${longest <= TARGETS.longestTaskMs ? 'met' : 'MISSED'}.`,
    `Per-run figures (open ms / longest task ms / draw p95 ms): ${runs.map((r) => `${f(r.openMs, 0)}/${f(r.longestTaskMs, 0)}/${f(r.drawP95Ms, 2)}`).join(', ')}.`,
    `Machine load (1-minute load average on ${cpus().length} cores): ${f(loadBefore)} at the start, ${f(loadavg()[0])} at the end.`,
  ];
  for (const line of lines) log(line);
  const heading = '## Arcs (relations drawn in the text)';
  writeBenchmarkSection(
    heading,
    [
      heading,
      '',
      `Measured by \`npm run bench -- arcs\` (tests/bench/document-view/run-arcs-bench.mjs, page/arcs-bench.tsx) on ${new Date().toISOString().slice(0, 10)}, ` +
        'on the same shared 2-core machine as the document view. "Arc drawing" is the arc layer\'s own `tw-arcs-draw` measure ' +
        '(renderer/arcs/arc-layer-controller.ts): finding the highlights of the paragraphs within a screen of the viewport, reading their ' +
        'boxes, laying the arcs out and writing the SVG, once per frame after a scroll; the longest task comes from PerformanceObserver ' +
        '"longtask" over open, build and the scroll steps, which also move the highlights\' drawn window.',
      '',
      ...lines,
      '',
    ].join('\n'),
  );
  return { runs, targetsMet: { longestTask: longest <= TARGETS.longestTaskMs } };
}
