import { resolve } from 'node:path';
import { ProjectService } from '../../service/project-service';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';
import { cliErrorOf } from '../locked-project';

export const validateCommand = defineCommand({
  name: 'validate',
  summary: "Check a project file: format, schema, offsets, and every annotation's quote",
  usage: 'tagwright validate PROJECT [--json]',
  options: {},
  async run([target], values, ctx) {
    if (!target) throw new CliError('Usage: tagwright validate PROJECT', 2);
    const path = resolve(ctx.cwd, target);
    const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
    const check = await service.checkProjectFile(path).catch((error: unknown) => {
      throw cliErrorOf(error);
    });
    if (!check.valid) {
      if (values.json) printResult(ctx, true, check, '');
      throw new CliError(`${path} is not valid: ${check.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    }
    printResult(
      ctx,
      values.json === true,
      check,
      `${path} is valid (${check.documents} documents, ${check.annotations} annotations)`,
    );
  },
});
