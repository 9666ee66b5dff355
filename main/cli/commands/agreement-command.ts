import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readCodingTable } from '../../../shared/agreement/coding-table-csv';
import { measurementText } from '../../../shared/agreement/measurement';
import { agreementReportCsv, agreementReportJson } from '../../../shared/agreement/report-files';
import {
  isTableMetric,
  measureTable,
  TABLE_METRICS,
  type TableMetric,
} from '../../../shared/agreement/table-agreement';
import { decodeTextFile } from '../../io/decode-text-file';
import { ProjectService } from '../../service/project-service';
import { defineCommand } from '../cli-command';
import { CliError, printResult, type CliContext } from '../cli-context';
import { cliErrorOf } from '../locked-project';
import { agreementText } from './agreement-text';

const USAGE = [
  'tagwright agreement PROJECT [--json | --csv]',
  `       tagwright agreement --units TABLE.csv [--metric ${TABLE_METRICS.join('|')}] [--json]`,
  '',
  'PROJECT: how far its annotators agree, per label and overall, pair by pair and as a group.',
  'TABLE.csv: a coding table with the columns coder, unit, label (a missing row is a missing value);',
  "--metric: Krippendorff's alpha (the default), Fleiss' kappa, Cohen's kappa or percent agreement.",
].join('\n');

const METRIC_NAMES: Record<TableMetric, string> = {
  alpha: "Krippendorff's alpha (nominal)",
  fleiss: "Fleiss' kappa",
  cohen: "Cohen's kappa",
  percent: 'Percent agreement',
};

export const agreementCommand = defineCommand({
  name: 'agreement',
  summary: 'How far annotators agree: a project, or any coding table (--units TABLE.csv)',
  usage: USAGE,
  options: { units: { type: 'string' }, metric: { type: 'string' }, csv: { type: 'boolean' } },
  async run([target, ...extra], values, ctx) {
    if (extra.length > 0 || (target === undefined) === (values.units === undefined)) {
      throw new CliError('Name a project, or a coding table with --units (not both)', 2);
    }
    if (values.units !== undefined) {
      if (values.csv) throw new CliError('--csv is for a project report; a table gives one value', 2);
      const metric = values.metric ?? 'alpha';
      if (!isTableMetric(metric)) throw new CliError(`--metric is one of ${TABLE_METRICS.join(', ')}`, 2);
      return tableAgreement(resolve(ctx.cwd, values.units), metric, values.json === true, ctx);
    }
    if (values.metric !== undefined) throw new CliError('--metric is for a coding table (--units)', 2);
    if (values.json && values.csv) throw new CliError('Choose --json or --csv', 2);
    return projectAgreement(resolve(ctx.cwd, target!), values.json ? 'json' : values.csv ? 'csv' : 'text', ctx);
  },
});

/** One measure of a coding table: `{"value": …}`, or `{"value": null, "reason": …}` when undefined. */
async function tableAgreement(path: string, metric: TableMetric, json: boolean, ctx: CliContext): Promise<void> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(error.code === 'ENOENT' ? `${path} does not exist` : `Cannot read ${path}: ${error.message}`);
  });
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) throw new CliError(`Cannot read ${path}: ${decoded.reason}`);
  const table = readCodingTable(path, decoded.text);
  if ('problem' in table) throw new CliError(table.problem);
  const result = measureTable(table.codings, metric);
  const said =
    result.value === null
      ? `${METRIC_NAMES[metric]} is undefined: ${result.reason}`
      : `${METRIC_NAMES[metric]}: ${measurementText(result)}`;
  printResult(ctx, json, result, said);
}

/** The project's report, opened read-only (no lock) as `stats` does: text, JSON or CSV on stdout. */
async function projectAgreement(path: string, as: 'text' | 'json' | 'csv', ctx: CliContext): Promise<void> {
  const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
  const { name } = await service.openProject(path, 'read-only').catch((error: unknown) => {
    throw cliErrorOf(error);
  });
  try {
    const report = service.measureAgreement();
    if (as === 'json') ctx.stdout(agreementReportJson(report));
    else if (as === 'csv') ctx.stdout(agreementReportCsv(report));
    else ctx.stdout(`${agreementText(report, `${name} (${path})`)}\n`);
  } finally {
    await service.closeProject();
  }
}
