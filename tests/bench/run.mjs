// `npm run bench`: every benchmark, figures printed with their inputs. Tests never assert on time;
// this is where speed and memory targets are checked. Copy the printed table into docs/benchmarks.md.
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './bundle-for-node.mjs';

const log = (line) => console.log(line);
const only = process.argv.slice(2);
const suites = [
  ['project-store', 'project-store/run-project-store-bench.mjs', 'runProjectStoreBench'],
  ['document-view', 'document-view/run-document-view-bench.mjs', 'runDocumentViewBench'],
  ['arcs', 'document-view/run-arcs-bench.mjs', 'runArcsBench'],
  ['export', 'export/run-export-bench.mjs', 'runExportBench'],
  ['import', 'import/run-import-bench.mjs', 'runImportBench'],
  ['suggest', 'suggest/run-suggest-bench.mjs', 'runSuggestBench'],
  ['agreement', 'agreement/run-agreement-bench.mjs', 'runAgreementBench'],
  ['search', 'search/run-search-bench.mjs', 'runSearchBench'],
  ['figures', 'figures/run-figures-bench.mjs', 'runFiguresBench'],
  ['progress', 'progress/run-progress-bench.mjs', 'runProgressBench'],
];

log(
  `Tagwright bench, ${new Date().toISOString()}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
let failed = false;
for (const [name, file, fn] of suites) {
  if (only.length > 0 && !only.includes(name)) continue;
  const path = join(repoRoot, 'tests', 'bench', file);
  if (!existsSync(path)) {
    log(`${name}: not present`);
    continue;
  }
  log(`\n== ${name}`);
  try {
    const mod = await import(path);
    await mod[fn]({ log });
  } catch (error) {
    failed = true;
    log(`${name}: FAILED ${error?.stack ?? error}`);
  }
}
process.exitCode = failed ? 1 : 0;
