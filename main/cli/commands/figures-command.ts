import { resolve } from 'node:path';
import { ProjectService } from '../../service/project-service';
import { defineCommand } from '../cli-command';
import { CliError } from '../cli-context';
import { cliErrorOf } from '../locked-project';
import { FIGURE_COLUMNS, figureRows, type FigureRow } from './figure-rows';
import { figuresCsv } from './figures-csv';

const USAGE = 'tagwright figures PROJECT [--json | --csv]';

function figureLines(rows: readonly FigureRow[]): string {
  if (rows.length === 0) return 'No figures.';
  return rows
    .map((r) => {
      const values = FIGURE_COLUMNS.filter((name) => r[name] !== null).map((name) => `${name} ${String(r[name])}`);
      const stored = values.length > 0 ? values.join(' · ') : 'no values stored';
      return `${r.document}  ${r.start}–${r.end}  ${JSON.stringify(r.quote)}  ${stored}`;
    })
    .join('\n');
}

export const figuresCommand = defineCommand({
  name: 'figures',
  summary: 'List every Figure with its stored value, min, max, unit, kind and qualifier',
  usage: USAGE,
  options: { csv: { type: 'boolean' } },
  async run([target, ...extra], values, ctx) {
    if (!target || extra.length > 0) throw new CliError(`Usage: ${USAGE}`, 2);
    if (values.json && values.csv) throw new CliError('Choose --json or --csv', 2);
    const path = resolve(ctx.cwd, target);
    const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
    // Read-only, as stats: listing changes nothing, and a project open elsewhere can be read.
    const { name, schema } = await service.openProject(path, 'read-only').catch((error: unknown) => {
      throw cliErrorOf(error);
    });
    try {
      const rows = service.listDocuments().flatMap((d) => figureRows(service.getDocument(d.id), schema.labels));
      if (values.csv) ctx.stdout(figuresCsv(rows));
      else if (values.json)
        ctx.stdout(`${JSON.stringify({ project: name, offsets: 'code points', figures: rows }, null, 2)}\n`);
      else ctx.stdout(`${figureLines(rows)}\n`);
    } catch (error) {
      throw cliErrorOf(error);
    } finally {
      await service.closeProject();
    }
  },
});
