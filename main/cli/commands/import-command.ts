import { access } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { ProjectService } from '../../service/project-service';
import { CliError, printResult, type CliCommand } from '../cli-context';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import .txt and .md files or whole folders into a project (created if missing)',
  usage: 'tagwright import PROJECT FILES_OR_FOLDERS... [--json]',
  options: {},
  async run([target, ...inputs], values, ctx) {
    if (!target || inputs.length === 0) throw new CliError('Usage: tagwright import PROJECT FILES_OR_FOLDERS...', 2);
    const path = resolve(ctx.cwd, target);
    const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    try {
      if (exists) await service.openProject(path);
      else await service.createProject(path, basename(path, extname(path)));
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    const report = await service.importPaths(inputs.map((i) => resolve(ctx.cwd, i)));
    await service.flush();
    const lines = [
      `Imported ${report.imported.length} document(s) into ${service.projectPath}`,
      ...report.imported.map((f) => `  + ${f.fileName} → "${f.title}"`),
      ...report.duplicates.map((d) => `  = ${d.fileName}: same text as "${d.existingTitle}", skipped`),
      ...report.problems.map((p) => `  ! ${p.fileName}: ${p.message}`),
    ];
    printResult(ctx, Boolean(values.json), { project: service.projectPath, ...report }, lines.join('\n'));
    if (report.imported.length === 0 && report.problems.length > 0) {
      throw new CliError(`Nothing was imported: ${report.problems.length} file(s) could not be read`);
    }
  },
};
