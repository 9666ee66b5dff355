import { TagwrightError } from '../../shared/ipc/result';
import { planMerge, type MergeInput, type MergePlan, type MergeResolutions } from '../../shared/merge/merge-plan';
import type { MergeOutcome, MergeSummary } from '../../shared/merge/merge-summary';
import { DurableTextFile } from '../store/durable-text-file';
import { readProjectFile } from '../store/read-project-file';
import { parseProjectFile } from '../store/parse-project-file';
import { ProjectFileError } from '../store/project-file-error';
import type { ProjectModel } from './project-model';

/**
 * Reads every file to merge with the checks opening it runs (a project, a version this Tagwright
 * reads, not damaged), before anything is planned or written. Reads only: no lock, no backup.
 * Every bad file is named in one error, with what is wrong with it.
 */
export function readMergeInputs(paths: readonly string[]): Promise<MergeInput[]> {
  return readAll(paths, async (path) => ({
    file: path,
    project: (await readProjectFile(new DurableTextFile(path))).project,
  }));
}

/**
 * The same, for files the page holds (picked there: browser mode has no file dialog), given as
 * their bytes: valid UTF-8 first, then every check opening a file runs, named by the file's name.
 */
export function readMergeContents(files: readonly { name: string; base64: string }[]): Promise<MergeInput[]> {
  return readAll(files, async ({ name, base64 }) => {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(base64, 'base64'));
    } catch {
      throw new ProjectFileError(name, 'the file is not valid UTF-8 text; it may be damaged');
    }
    return { file: name, project: parseProjectFile(text, name).project };
  });
}

/** Reads every file, collecting what is wrong with each: one error names them all, and nothing is merged. */
async function readAll<T>(files: readonly T[], read: (file: T) => Promise<MergeInput>): Promise<MergeInput[]> {
  if (files.length === 0) throw new TagwrightError('invalid-input', 'Name at least one project file to merge.');
  const inputs: MergeInput[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      inputs.push(await read(file));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) {
    throw new TagwrightError('project-file', `Nothing was merged. ${problems.join(' ')}`, { problems });
  }
  return inputs;
}

/**
 * Merges files already read into the open project, in one step (not undoable, like an import),
 * unless a schema difference waits for a decision: then nothing changes and the summary lists it.
 */
export function mergeIntoModel(
  model: ProjectModel,
  inputs: readonly MergeInput[],
  resolutions: MergeResolutions,
  newId: () => string,
): MergeOutcome {
  const plan = planMerge(model.project, inputs, resolutions, newId);
  const applied = plan.unresolved.length === 0;
  const summary: MergeSummary = { files: plan.files, unresolved: plan.unresolved, applied };
  if (!applied || !addsAnything(plan)) return { summary, change: null };
  const change = model.add({
    documents: plan.documents,
    annotations: plan.annotations,
    relations: plan.relations,
    events: plan.events,
    equivalences: plan.equivalences,
    entities: plan.entities,
    annotators: plan.annotators,
    startedDocumentIds: plan.startedDocumentIds,
    assignments: plan.assignments,
    ...(plan.schemaChanged ? { schema: plan.schema } : {}),
  });
  return { summary, change };
}

/** Whether a plan changes the project at all: merging a file already merged leaves it (and its file) alone. */
function addsAnything(plan: MergePlan): boolean {
  const lists = [plan.documents, plan.annotations, plan.relations, plan.events, plan.equivalences, plan.entities];
  const team = plan.annotators.length + plan.assignments.length > 0;
  return plan.schemaChanged || team || lists.some((list) => list.length > 0);
}
