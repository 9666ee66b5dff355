import { resolve } from 'node:path';
import { pathExists } from '../../io/path-exists';
import { ProjectService } from '../../service/project-service';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';
import { cliErrorOf } from '../locked-project';

export const handoutCommand = defineCommand({
  name: 'handout',
  summary: "Write an annotator's copy of a project: the schema and the documents, no annotations",
  usage: [
    'tagwright handout PROJECT --annotator ID --out FILE [--documents all|assigned|ID...] [--gold] [--json]',
    '',
    'The copy is a new project (its own id) with the same schema and the documents chosen (all by default,',
    'or the ids given, comma-separated or repeated, or those assigned to the annotator: --documents assigned),',
    "their texts unchanged so `tagwright merge` matches them back, with the annotator's assignments of them.",
    'It holds no annotations; with --gold, the gold layer (annotator "gold") for reference.',
    'FILE must not exist. PROJECT is only read (no lock): it may be open in the app.',
  ].join('\n'),
  options: { out: { type: 'string' }, documents: { type: 'string', multiple: true }, gold: { type: 'boolean' } },
  async run([target], values, ctx) {
    if (!target || !values.out || !ctx.annotator) {
      throw new CliError('Usage: tagwright handout PROJECT --annotator NAME --out FILE', 2);
    }
    const path = resolve(ctx.cwd, target);
    if (!(await pathExists(path))) throw new CliError(`${path} does not exist`);
    const ids = (values.documents ?? [])
      .flatMap((d) => d.split(','))
      .map((d) => d.trim())
      .filter(Boolean);
    const documents = ids.length === 0 || (ids.length === 1 && ids[0] === 'all') ? 'all' : ids;
    const chosen = ids.length === 1 && ids[0] === 'assigned' ? 'assigned' : documents;
    const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
    await service.openProject(path, 'read-only').catch((error: unknown) => {
      throw cliErrorOf(error);
    });
    try {
      const written = await service
        .handOut(resolve(ctx.cwd, values.out), {
          annotator: ctx.annotator,
          documents: chosen,
          gold: values.gold === true,
        })
        .catch((error: unknown) => {
          throw new CliError((error as Error).message);
        });
      printResult(
        ctx,
        values.json === true,
        written,
        `Wrote ${written.path} for ${written.annotator}: ${written.documents} documents, ${written.annotations} annotations`,
      );
    } finally {
      await service.closeProject();
    }
  },
});
