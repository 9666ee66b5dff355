import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMAT_NAMES, type FormatName } from '../../../shared/formats/format-facts';
import { AnnotationTable } from '../../../main/service/annotation-table';
import { exportCorpusToPath } from '../../../main/service/corpus-export';
import { generateProject } from '../project-store/generate-project';

export interface ExportFigure {
  format: FormatName;
  documents: number;
  annotations: number;
  seconds: number;
  mib: number;
  mibPerSecond: number;
  /** Highest resident set size seen while exporting, and the baseline before it. */
  peakRssMiB: number;
  baselineRssMiB: number;
  files: number;
}

/** Exports a generated project in every format to a temporary folder and measures each (best of `runs`). */
export async function measureExports(documentCount: number, perDocument: number, runs = 2): Promise<ExportFigure[]> {
  const project = generateProject(documentCount, perDocument);
  // The table the service hands the exporter (ProjectService.exportCorpus), so the figures are the app's.
  const table = new AnnotationTable(project.annotations);
  const dir = await mkdtemp(join(tmpdir(), 'tagwright-export-bench-'));
  const figures: ExportFigure[] = [];
  try {
    // One untimed export first: the first in a fresh process also pays for compiling the exporters
    // and paging in the just-generated project, which says nothing about any one format.
    await exportCorpusToPath(project, table, { format: 'jsonl', documents: 'all' }, join(dir, 'warm-up'));
    await rm(join(dir, 'warm-up'), { force: true });
    for (const format of (process.env.BENCH_FORMATS?.split(',') ?? FORMAT_NAMES) as FormatName[]) {
      // Best of `runs`: the machine is shared, and one slow disk flush says nothing about the exporter.
      let best: ExportFigure | null = null;
      let highestPeak = 0;
      for (let run = 0; run < runs; run++) {
        (globalThis as { gc?: () => void }).gc?.();
        const baseline = process.memoryUsage.rss();
        let peak = baseline;
        const started = performance.now();
        const summary = await exportCorpusToPath(
          project,
          table,
          { format, documents: 'all' },
          join(dir, format === 'brat' || format === 'webanno-tsv' ? format : `export-${format}`),
          { onProgress: () => (peak = Math.max(peak, process.memoryUsage.rss())) },
        );
        const seconds = (performance.now() - started) / 1000;
        const mib = summary.bytes / 2 ** 20;
        const figure: ExportFigure = {
          format,
          documents: summary.documents,
          annotations: summary.annotations,
          seconds,
          mib,
          mibPerSecond: mib / seconds,
          peakRssMiB: peak / 2 ** 20,
          baselineRssMiB: baseline / 2 ** 20,
          files: summary.files.length,
        };
        highestPeak = Math.max(highestPeak, figure.peakRssMiB);
        if (!best || figure.seconds < best.seconds) best = figure;
      }
      figures.push({ ...best!, peakRssMiB: highestPeak });
      await rm(join(dir, format), { recursive: true, force: true });
      await rm(join(dir, `export-${format}`), { force: true });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return figures;
}
