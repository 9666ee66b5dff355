import { TagwrightError } from '../../shared/ipc/result';
import { planMerge, type MergeInput, type MergePlan, type MergeResolutions } from '../../shared/merge/merge-plan';
import type { MergeOutcome, MergeSummary } from '../../shared/merge/merge-summary';
import { DurableTextFile } from '../store/durable-text-file';
import { readProjectFile } from '../store/read-project-file';
import type { ProjectModel } from './project-model';

/**
 * Reads every file to merge with the checks opening it runs (a project, a version this Tagwright
 * reads, not damaged), before anything is planned or written. Reads only: no lock, no backup.
 * Every bad file is named in one error, with what is wrong with it.
 */
export async function readMergeInputs(paths: readonly string[]): Promise<MergeInput[]> {
  if (paths.length === 0) throw new TagwrightError('invalid-input', 'Name at least one project file to merge.');
  const inputs: MergeInput[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    try {
      inputs.push({ file: path, project: (await readProjectFile(new DurableTextFile(path))).project });
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
    ...(plan.schemaChanged ? { schema: plan.schema } : {}),
  });
  return { summary, change };
}

/** Whether a plan changes the project at all: merging a file already merged leaves it (and its file) alone. */
function addsAnything(plan: MergePlan): boolean {
  const lists = [plan.documents, plan.annotations, plan.relations, plan.events, plan.equivalences, plan.entities];
  return plan.schemaChanged || plan.annotators.length > 0 || lists.some((list) => list.length > 0);
}
