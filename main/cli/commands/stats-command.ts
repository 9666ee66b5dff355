import { resolve } from 'node:path';
import { ProjectService } from '../../service/project-service';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';
import { cliErrorOf } from '../locked-project';

export const statsCommand = defineCommand({
  name: 'stats',
  summary: 'Count documents and annotations per label and per document',
  usage: 'tagwright stats PROJECT [--json]',
  options: {},
  async run([target], values, ctx) {
    if (!target) throw new CliError('Usage: tagwright stats PROJECT', 2);
    const path = resolve(ctx.cwd, target);
    const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
    // Read-only: no lock is taken, so a project another Tagwright is editing can be counted.
    const { schema } = await service.openProject(path, 'read-only').catch((error: unknown) => {
      throw cliErrorOf(error);
    });
    const stats = service.statistics();
    await service.closeProject();
    const lines = [
      `${stats.project} (${path})`,
      `${stats.documents} documents, ${stats.annotations} annotations, ${stats.relations} relations`,
      'Per label:',
      ...schema.labels.map((l) => `  ${l.name.padEnd(12)} ${stats.perLabel[l.id]}`),
      'Per document:',
      ...stats.perDocument.map((d) => `  ${String(d.annotations).padStart(6)}  [${d.status}] ${d.title}`),
    ];
    printResult(ctx, values.json === true, stats, lines.join('\n'));
  },
});
