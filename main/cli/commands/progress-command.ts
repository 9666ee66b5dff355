import { resolve } from 'node:path';
import { ProjectService } from '../../service/project-service';
import { progressCsv } from '../../../shared/team/progress-files';
import { durationText } from '../../../shared/team/duration-text';
import type { ProgressReport } from '../../../shared/team/progress-report';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';
import { cliErrorOf } from '../locked-project';

export const progressCommand = defineCommand({
  name: 'progress',
  summary: 'Show how far each annotator got: documents assigned, done, annotations and time spent',
  usage: [
    'tagwright progress PROJECT [--json|--csv]',
    '',
    'Per annotator: documents assigned and done, annotations, relations and events, and time spent',
    'estimated from edit times (pauses over 10 minutes are breaks); then per document, each annotator',
    'assigned to it or with work in it. --csv writes one row per document and annotator.',
    'PROJECT is only read (no lock): it may be open in the app.',
  ].join('\n'),
  options: { csv: { type: 'boolean' } },
  async run([target], values, ctx) {
    if (!target) throw new CliError('Usage: tagwright progress PROJECT [--json|--csv]', 2);
    if (values.csv === true && values.json === true) throw new CliError('Give --json or --csv, not both.', 2);
    const path = resolve(ctx.cwd, target);
    const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
    const { name } = await service.openProject(path, 'read-only').catch((error: unknown) => {
      throw cliErrorOf(error);
    });
    const report = service.progress();
    await service.closeProject();
    if (values.csv === true) ctx.stdout(progressCsv(report));
    else printResult(ctx, values.json === true, report, progressText(name, path, report));
  },
});

function progressText(name: string, path: string, report: ProgressReport): string {
  const lines = [`${name} (${path})`];
  if (report.annotators.length === 0) return [...lines, 'No annotators yet.'].join('\n');
  report.totals.forEach((t, i) => {
    const a = report.annotators[i]!;
    lines.push(
      `${a.name} (${a.id}): ${t.done} of ${t.assigned} assigned done, ${t.annotations} annotations, ` +
        `${t.relations} relations, ${t.events} events, ${durationText(t.timeSpentMs)}`,
    );
  });
  lines.push('Per document:');
  report.cells.forEach((row, d) => {
    const cells = row.filter((c) => c.status !== 'none');
    if (cells.length === 0) return;
    lines.push(`  ${report.documents[d]!.title}`);
    for (const c of cells) {
      const who = report.annotators.find((a) => a.id === c.annotator)!.name;
      lines.push(
        `    ${who.padEnd(12)} ${c.status.padEnd(20)} ${String(c.annotations).padStart(5)} annotations  ${durationText(c.timeSpentMs)}`,
      );
    }
  });
  return lines.join('\n');
}
