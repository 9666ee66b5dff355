import { basename, extname, resolve } from 'node:path';
import { ProjectService } from '../../service/project-service';
import { SAMPLE_PROJECT_NAME } from '../../service/sample-project';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';
import { cliErrorOf } from '../locked-project';

export const newCommand = defineCommand({
  name: 'new',
  summary: 'Create a project file (empty, or the sample project with --sample)',
  usage: 'tagwright new PROJECT [--sample] [--name NAME] [--json]',
  options: { sample: { type: 'boolean' }, name: { type: 'string' } },
  async run([target], values, ctx) {
    if (!target) throw new CliError('Name the project file to create, e.g. tagwright new my-project.tagwright', 2);
    const path = resolve(ctx.cwd, target);
    const name = values.name ?? (values.sample ? SAMPLE_PROJECT_NAME : basename(path, extname(path)));
    const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
    // As the app creates one: under the file's lock, written durably; never over a file already there.
    const created = await service
      .createProject(path, name, { contents: values.sample ? 'sample' : 'empty', existing: 'refuse' })
      .catch((error: unknown) => {
        throw cliErrorOf(error, false);
      });
    await service.closeProject();
    printResult(
      ctx,
      values.json === true,
      { path: created.path, name: created.name, documents: created.documentCount },
      `Created ${created.path} (${created.name}, ${created.documentCount} documents)`,
    );
  },
});
