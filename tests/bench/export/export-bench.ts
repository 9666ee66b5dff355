import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportLoss } from '../../../shared/formats/export-job';
import { FORMAT_NAMES, formatFacts, type FormatName } from '../../../shared/formats/format-facts';
import type { Project } from '../../../shared/model';
import { AnnotationTable } from '../../../main/service/annotation-table';
import { exportCorpusToPath } from '../../../main/service/corpus-export';
import { generateProject } from '../project-store/generate-project';

export interface ExportFigure {
  format: FormatName;
  /** The form written, for a format written in several. */
  form?: string;
  documents: number;
  annotations: number;
  relations: number;
  seconds: number;
  mib: number;
  mibPerSecond: number;
  /** Highest resident set size seen while exporting, and the baseline before it. */
  peakRssMiB: number;
  baselineRssMiB: number;
  files: number;
  losses: ExportLoss[];
}

/** What the exports read: the generated project, counted. */
export interface ExportInput {
  documents: number;
  characters: number;
  annotations: number;
  relations: number;
  attributeValues: number;
  notes: number;
}

/**
 * The project-store bench's generated project, with what its generator leaves out and the
 * exporters write: a relation from every tenth annotation to the next one in its document, and
 * two attribute values (value, unit) on every figure.
 */
function benchProject(documentCount: number, perDocument: number): Project {
  const project = generateProject(documentCount, perDocument);
  project.annotations.forEach((a, i) => {
    if (a.label === 'figure') a.attributes = { value: 0.25, unit: 'percent' };
    const next = project.annotations[i + 1];
    if (i % 10 === 0 && next && next.documentId === a.documentId)
      project.relations.push({ id: `r${i}`, type: 'attributed-to', from: a.id, to: next.id, annotator: 'bench' });
  });
  return project;
}

function inputOf(project: Project): ExportInput {
  return {
    documents: project.documents.length,
    characters: project.documents.reduce((n, d) => n + d.text.length, 0),
    annotations: project.annotations.length,
    relations: project.relations.length,
    attributeValues: project.annotations.reduce((n, a) => n + Object.keys(a.attributes).length, 0),
    notes: project.annotations.filter((a) => a.note !== '').length,
  };
}

/** Every format, and each further form of a format written in several (doccano's relations). */
const VARIANTS: [FormatName, string | undefined][] = FORMAT_NAMES.flatMap((format) => [
  [format, undefined] as [FormatName, undefined],
  ...(formatFacts[format].forms ?? []).slice(1).map((f): [FormatName, string] => [format, f.name]),
]);

/** Exports a generated project in every format (and form) to a temporary folder and measures each (best of `runs`). */
export async function measureExports(
  documentCount: number,
  perDocument: number,
  runs = 2,
): Promise<{ input: ExportInput; figures: ExportFigure[] }> {
  const project = benchProject(documentCount, perDocument);
  // The table the service hands the exporter (ProjectService.exportCorpus), so the figures are the app's.
  const table = new AnnotationTable(project.annotations);
  const dir = await mkdtemp(join(tmpdir(), 'tagwright-export-bench-'));
  const figures: ExportFigure[] = [];
  const only = process.env.BENCH_FORMATS?.split(',');
  try {
    // One untimed export first: the first in a fresh process also pays for compiling the exporters
    // and paging in the just-generated project, which says nothing about any one format.
    await exportCorpusToPath(project, table, { format: 'jsonl', documents: 'all' }, join(dir, 'warm-up'));
    await rm(join(dir, 'warm-up'), { force: true });
    for (const [format, form] of VARIANTS) {
      if (only && !only.includes(format)) continue;
      const out = join(dir, `export-${format}${form ? `-${form}` : ''}`);
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
          { format, documents: 'all', ...(form ? { form } : {}) },
          out,
          { onProgress: () => (peak = Math.max(peak, process.memoryUsage.rss())) },
        );
        const seconds = (performance.now() - started) / 1000;
        const mib = summary.bytes / 2 ** 20;
        const figure: ExportFigure = {
          format,
          ...(form ? { form } : {}),
          documents: summary.documents,
          annotations: summary.annotations,
          relations: summary.relations,
          seconds,
          mib,
          mibPerSecond: mib / seconds,
          peakRssMiB: peak / 2 ** 20,
          baselineRssMiB: baseline / 2 ** 20,
          files: summary.files.length,
          losses: summary.losses,
        };
        highestPeak = Math.max(highestPeak, figure.peakRssMiB);
        if (!best || figure.seconds < best.seconds) best = figure;
        await rm(out, { recursive: true, force: true });
      }
      figures.push({ ...best!, peakRssMiB: highestPeak });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { input: inputOf(project), figures };
}
