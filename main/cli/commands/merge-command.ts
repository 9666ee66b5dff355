import { basename, extname, resolve } from 'node:path';
import { pathExists } from '../../io/path-exists';
import { ProjectService } from '../../service/project-service';
import { readMergeInputs } from '../../service/merge-projects';
import { projectFilePath } from '../../store/project-file-path';
import { newProject } from '../../service/new-project';
import { planMerge, type MergeInput, type MergeResolutions } from '../../../shared/merge/merge-plan';
import { SCHEMA_RESOLUTIONS, type SchemaResolution } from '../../../shared/merge/schema-differences';
import type { MergeSummary } from '../../../shared/merge/merge-summary';
import { defineCommand } from '../cli-command';
import { CliError, printResult, type CliContext } from '../cli-context';
import { cliErrorOf, reportTakeOver } from '../locked-project';
import { mergeSummaryText } from './merge-report';

export const mergeCommand = defineCommand({
  name: 'merge',
  summary: "Merge annotators' project files into one project (created if missing)",
  usage: [
    'tagwright merge OUT IN... [--schema ours|theirs|union] [--take-over] [--json]',
    '',
    'Documents are matched by their text (content hash), so titles may differ; each annotation keeps its',
    'annotator, and one already in OUT (same document, span, label, annotator and attributes) is not added',
    "again: merging the same file twice changes nothing. A new OUT starts with the first file's schema.",
    "When a file's labels or types differ from OUT's, nothing is written unless --schema says what to keep:",
    "  --schema ours     keep OUT's definitions; what uses a label only the file has is left out",
    "  --schema theirs   take the file's definitions, adding what OUT lacks",
    "  --schema union    add what OUT lacks, and the attributes only the file's definition has",
  ].join('\n'),
  options: { schema: { type: 'string' }, 'take-over': { type: 'boolean' } },
  async run([target, ...files], values, ctx) {
    if (!target || files.length === 0) throw new CliError('Usage: tagwright merge OUT IN...', 2);
    const resolutions = resolutionsOf(values.schema);
    const named = resolve(ctx.cwd, target);
    const path = (await pathExists(named)) ? named : projectFilePath(named);
    // Every file is read and checked before OUT is opened or made: a bad one is named and nothing is written.
    const inputs = await readMergeInputs(files.map((f) => resolve(ctx.cwd, f))).catch((error: unknown) => {
      throw new CliError((error as Error).message);
    });
    const existed = await pathExists(path);
    const summary = existed
      ? await mergeIntoExisting(path, inputs, resolutions, values['take-over'] === true, ctx)
      : await mergeIntoNew(path, inputs, resolutions, ctx);
    printResult(ctx, values.json === true, { project: path, ...summary }, mergeSummaryText(summary, path));
    if (!summary.applied) {
      throw new CliError(
        `${summary.unresolved.length} schema difference(s) need a decision: run again with --schema ours, theirs or union`,
      );
    }
  },
});

function resolutionsOf(schema: string | undefined): MergeResolutions {
  if (schema === undefined) return {};
  if (!(SCHEMA_RESOLUTIONS as readonly string[]).includes(schema)) {
    throw new CliError(`--schema takes ${SCHEMA_RESOLUTIONS.join(', ')}, not "${schema}"`, 2);
  }
  return { all: schema as SchemaResolution };
}

async function mergeIntoExisting(
  path: string,
  inputs: MergeInput[],
  resolutions: MergeResolutions,
  takeOver: boolean,
  ctx: CliContext,
): Promise<MergeSummary> {
  const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
  await service.openProject(path, takeOver ? 'take-over' : 'write').catch((error: unknown) => {
    throw cliErrorOf(error);
  });
  reportTakeOver(service, ctx);
  try {
    return service.mergeInputs(inputs, resolutions).summary;
  } finally {
    await service.closeProject();
  }
}

/**
 * A new OUT takes the first file's schema. The merge is planned on it in memory first, so a
 * schema difference that waits for a decision leaves no file behind.
 */
async function mergeIntoNew(
  path: string,
  inputs: MergeInput[],
  resolutions: MergeResolutions,
  ctx: CliContext,
): Promise<MergeSummary> {
  const schema = inputs[0]!.project.schema;
  let trialIds = 0;
  const base = { ...newProject('trial', 'trial', new Date()), schema };
  const trial = planMerge(base, inputs, resolutions, () => `trial-${++trialIds}`);
  if (trial.unresolved.length > 0) return { files: trial.files, unresolved: trial.unresolved, applied: false };
  const service = await ProjectService.create({ userDataDir: ctx.userDataDir, seedsDir: ctx.seedsDir });
  await service
    .createProject(path, basename(path, extname(path)), { existing: 'refuse', schema })
    .catch((error: unknown) => {
      throw cliErrorOf(error);
    });
  try {
    return service.mergeInputs(inputs, resolutions).summary;
  } finally {
    await service.closeProject();
  }
}
