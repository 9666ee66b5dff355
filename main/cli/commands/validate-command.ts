import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { findIntegrityProblems } from '../../../shared/model';
import { parseProjectFile } from '../../store/parse-project-file';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';

export const validateCommand = defineCommand({
  name: 'validate',
  summary: "Check a project file: format, schema, offsets, and every annotation's quote",
  usage: 'tagwright validate PROJECT [--json]',
  options: {},
  async run([target], values, ctx) {
    if (!target) throw new CliError('Usage: tagwright validate PROJECT', 2);
    const path = resolve(ctx.cwd, target);
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`Cannot open ${path}: ${error.code === 'ENOENT' ? 'the file does not exist' : error.message}`);
    });
    let parsed;
    try {
      parsed = parseProjectFile(text, path);
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    const { project, placeInFile, annotationIds } = parsed;
    // The parse built the id index for its own check; the quote check reuses it.
    const problems = findIntegrityProblems(project, { checkQuotes: true, limit: 100, annotationIds }).map((p) => ({
      ...p,
      path: placeInFile(p.path),
    }));
    if (problems.length > 0) {
      if (values.json) printResult(ctx, true, { path, valid: false, problems }, '');
      throw new CliError(`${path} is not valid: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    }
    printResult(
      ctx,
      values.json === true,
      { path, valid: true, documents: project.documents.length, annotations: project.annotations.length },
      `${path} is valid (${project.documents.length} documents, ${project.annotations.length} annotations)`,
    );
  },
});
