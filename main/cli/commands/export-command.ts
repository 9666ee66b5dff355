import { resolve } from 'node:path';
import { FORMAT_NAMES, isFormatName } from '../../../shared/formats/format-facts';
import { describeExportLoss, parseExportLayer, type ExportSummary } from '../../../shared/formats/export-job';
import { exporters } from '../../../shared/formats/format-registry';
import { pathExists } from '../../io/path-exists';
import { ProjectService } from '../../service/project-service';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';

export const exportCommand = defineCommand({
  name: 'export',
  summary:
    'Export a project as a labelled corpus (jsonl, doccano, spacy, brat, conll, csv, w3c, label-studio, webanno-tsv)',
  usage: [
    'tagwright export PROJECT --format F --out PATH [--form NAME] [--documents all|done] [--labels a,b] [--layer all|gold|ID] [--json]',
    '',
    "--layer: whose work: every annotator's, each thing with its annotator id (all, the default),",
    "         the curated gold layer, or one annotator's (their id). brat, conll, doccano, spacy and",
    '         webanno-tsv keep several annotators apart as below (--out then a folder, or a .zip)',
    '',
    'Formats:',
    ...FORMAT_NAMES.flatMap((f) => [
      `  ${f.padEnd(13)} ${exporters[f].title}${exporters[f].output === 'folder' ? ' (--out is a folder)' : ''}`,
      ...(exporters[f].forms ?? []).map(
        (form, i) => `${' '.repeat(16)}--form ${form.name}: ${form.title}${i === 0 ? ' (default)' : ''}`,
      ),
      ...(exporters[f].layers
        ? [`${' '.repeat(16)}several annotators (--layer all): ${exporters[f].layers.describes}`]
        : []),
    ]),
  ].join('\n'),
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    documents: { type: 'string' },
    labels: { type: 'string' },
    form: { type: 'string' },
    layer: { type: 'string' },
  },
  async run([target], values, ctx) {
    const { format, out } = values;
    if (!target || !format || !out) throw new CliError('Usage: tagwright export PROJECT --format F --out PATH', 2);
    if (!isFormatName(format))
      throw new CliError(`Unknown format "${format}"; choose one of ${FORMAT_NAMES.join(', ')}`, 2);
    const documents = values.documents ?? 'all';
    if (documents !== 'all' && documents !== 'done') throw new CliError('--documents is "all" or "done"', 2);
    const labels = values.labels
      ?.split(',')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const path = resolve(ctx.cwd, target);
    if (!(await pathExists(path))) {
      throw new CliError(`${path} does not exist`);
    }
    const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
    try {
      await service.openProject(path, 'read-only');
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    const showProgress = !values.json && process.stderr.isTTY === true;
    let lastShown = 0;
    try {
      const summary = await service.exportCorpus(
        {
          format,
          documents,
          ...(labels && labels.length > 0 ? { labels } : {}),
          ...(values.form !== undefined ? { form: values.form } : {}),
          ...(values.layer !== undefined ? { layer: parseExportLayer(values.layer) } : {}),
        },
        resolve(ctx.cwd, out),
        {
          onProgress: ({ documentsDone, documentsTotal }) => {
            const now = Date.now();
            if (!showProgress || (now - lastShown < 100 && documentsDone < documentsTotal)) return;
            lastShown = now;
            ctx.stderr(`\rExporting ${format}: ${documentsDone}/${documentsTotal} documents`);
            if (documentsDone === documentsTotal) ctx.stderr('\n');
          },
        },
      );
      printResult(ctx, values.json === true, summary, exportReport(summary));
    } catch (error) {
      throw new CliError((error as Error).message);
    } finally {
      await service.closeProject();
    }
  },
});

/** What an export wrote and, a line each, what the format could not carry. */
function exportReport(summary: ExportSummary): string {
  const size =
    summary.bytes >= 1048576
      ? `${(summary.bytes / 1048576).toFixed(1)} MiB`
      : `${(summary.bytes / 1024).toFixed(1)} KiB`;
  const lines = [
    `Exported ${summary.documents} document(s), ${summary.annotations} annotation(s) as ${summary.format}${summary.form ? ` (${summary.form})` : ''}${summary.layer === 'all' ? '' : `, layer ${summary.layer},`} to ${summary.path} (${summary.files.length} file(s), ${size}, ${summary.milliseconds} ms)`,
  ];
  if (summary.losses.length > 0) {
    lines.push(`Not carried by ${summary.format}:`, ...summary.losses.map((loss) => `  ${describeExportLoss(loss)}`));
  }
  return lines.join('\n');
}
