import { pathExists } from '../../io/path-exists';
import { basename, extname, resolve } from 'node:path';
import { ProjectStore } from '../../store/project-store';
import { newProject } from '../../service/new-project';
import { buildSampleProject } from '../../service/sample-project';
import { newId } from '../../service/ids';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';

export const newCommand = defineCommand({
  name: 'new',
  summary: 'Create a project file (empty, or the sample project with --sample)',
  usage: 'tagwright new PROJECT [--sample] [--name NAME] [--json]',
  options: { sample: { type: 'boolean' }, name: { type: 'string' } },
  async run([target], values, ctx) {
    if (!target) throw new CliError('Name the project file to create, e.g. tagwright new my-project.tagwright', 2);
    const path = resolve(ctx.cwd, target);
    if (await pathExists(path)) {
      throw new CliError(`${path} already exists; choose another name (nothing was changed)`);
    }
    const now = new Date();
    const project = values.sample
      ? await buildSampleProject(ctx.seedsDir, newId, now)
      : newProject(newId(), values.name ?? basename(path, extname(path)), now);
    if (values.sample && values.name !== undefined) project.name = values.name;
    const store = await ProjectStore.create(path, project);
    await store.flush();
    printResult(
      ctx,
      values.json === true,
      { path, name: project.name, documents: project.documents.length },
      `Created ${path} (${project.name}, ${project.documents.length} documents)`,
    );
  },
});
