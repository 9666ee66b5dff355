import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ProjectService } from '../../../main/service/project-service';

/** What one import measured, in a process of its own so that its memory is its own. */
export interface ImportFigure {
  fileMiB: number;
  documents: number;
  annotations: number;
  importSeconds: number;
  saveSeconds: number;
  /** The process with an empty project open, before the import. */
  baselineRssMiB: number;
  /** The highest resident set size seen while importing (sampled every 25 ms and at the end). */
  peakRssMiB: number;
  /** After the import, two forced garbage collections: the project as it now stands in memory. */
  afterRssMiB: number;
  heapAfterMiB: number;
}

/** Imports the JSONL file `path` into a new project (`tagwright import`'s path) and measures it. */
async function measureImport(path: string, seedsDir: string): Promise<ImportFigure> {
  const dir = await mkdtemp(join(tmpdir(), 'tagwright-import-bench-'));
  try {
    const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 3_600_000 });
    await service.createProject(join(dir, 'bench.tagwright'), 'Import bench');
    const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
    gc();
    const baseline = process.memoryUsage.rss();
    let peak = baseline;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 25);
    const started = performance.now();
    const report = await service.importCorpus([path]);
    const importSeconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, process.memoryUsage.rss());
    clearInterval(sample);
    if (!report.applied) throw new Error(`the import was refused: ${JSON.stringify(report.problems.slice(0, 3))}`);
    const saving = performance.now();
    await service.flush();
    const saveSeconds = (performance.now() - saving) / 1000;
    gc();
    gc();
    const mib = (bytes: number) => bytes / 2 ** 20;
    const figure: ImportFigure = {
      fileMiB: mib((await stat(path)).size),
      documents: report.totals.documents,
      annotations: report.totals.annotations,
      importSeconds,
      saveSeconds,
      baselineRssMiB: mib(baseline),
      peakRssMiB: mib(peak),
      afterRssMiB: mib(process.memoryUsage.rss()),
      heapAfterMiB: mib(process.memoryUsage().heapUsed),
    };
    await service.closeProject();
    return figure;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Run as a child process: `node --expose-gc import-child.mjs FILE.jsonl SEEDS_DIR` prints one figure as JSON.
const [file, seeds] = process.argv.slice(2);
if (file && seeds) {
  measureImport(resolve(file), resolve(seeds)).then(
    (figure) => process.stdout.write(`${JSON.stringify(figure)}\n`),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
