import { jsonCopy } from './json-values';
import type { AnnotationSchema, Assignment, Project } from '../model';
import { MergeIndex } from './merge-index';
import { emptyFileSummary, type MergeFileSummary, type ResolvedDifference } from './merge-summary';
import { needsResolution, resolveDifference, schemaDifferences, type SchemaResolution } from './schema-differences';
import { FileMerger, type KeptSchema, type MergeAdditions } from './file-merger';

/** A project file to merge in, read and checked already. */
export interface MergeInput {
  file: string;
  project: Project;
}

/** How schema differences are settled: by difference key (`labels:claim`), else `all`, else not (the merge waits). */
export interface MergeResolutions {
  byKey?: Readonly<Record<string, SchemaResolution>>;
  all?: SchemaResolution;
}

/** Everything a merge adds to the project, to apply in one step, and what came from where. */
export interface MergePlan extends MergeAdditions {
  /** The project's schema after the merge (the same as before when nothing changed). */
  schema: AnnotationSchema;
  schemaChanged: boolean;
  /** Documents already in the project that received annotations. */
  startedDocumentIds: string[];
  /** Assignments new to the project, or whose annotator has said done since (the latest doneAt). */
  assignments: Assignment[];
  files: MergeFileSummary[];
  /** Differences nobody decided: while there are any, the plan must not be applied. */
  unresolved: ResolvedDifference[];
}

/**
 * Plans merging project files into `base` (which is not changed). Files are taken in order, each
 * against the project as the files before it left it: documents matched by content hash
 * (titles may differ), every annotation keeping its annotator, work already there (the same
 * annotation, relation, event, group or entity) found instead of added again, and ids kept where
 * free. So merging a file twice adds nothing the second time, and the order of the files does not
 * change which annotations the project ends up with. Assignments are unioned, the latest doneAt
 * kept (assignment-union.ts).
 */
export function planMerge(
  base: Project,
  inputs: readonly MergeInput[],
  resolutions: MergeResolutions,
  newId: () => string,
): MergePlan {
  const schema = jsonCopy(base.schema);
  const plan: MergePlan = {
    schema,
    schemaChanged: false,
    documents: [],
    annotations: [],
    relations: [],
    events: [],
    equivalences: [],
    entities: [],
    annotators: [],
    startedDocumentIds: [],
    assignments: [],
    files: [],
    unresolved: [],
  };
  const index = new MergeIndex(base, newId);
  const started = new Set<string>();
  const before = JSON.stringify(schema);
  for (const input of inputs) {
    const summary = emptyFileSummary(input.file, input.project.name);
    const kept = settleSchema(schema, input.project.schema, resolutions, summary);
    new FileMerger(input.project, index, kept, plan, summary, started).merge();
    plan.files.push(summary);
    for (const d of summary.differences) if (d.resolution === null) plan.unresolved.push(d);
  }
  const added = new Set(plan.documents.map((d) => d.id));
  plan.startedDocumentIds = [...started].filter((id) => !added.has(id));
  plan.assignments = index.assignments.brought();
  plan.schemaChanged = JSON.stringify(schema) !== before;
  return plan;
}

/** Settles each difference of one file's schema as decided (an undecided one keeps ours); says what of theirs is kept. */
function settleSchema(
  schema: AnnotationSchema,
  theirs: AnnotationSchema,
  resolutions: MergeResolutions,
  summary: MergeFileSummary,
): KeptSchema {
  const leftOut = new Set<string>();
  for (const difference of schemaDifferences(schema, theirs)) {
    const asked = needsResolution(difference) ? (resolutions.byKey?.[difference.key] ?? resolutions.all ?? null) : null;
    summary.differences.push({ ...difference, resolution: needsResolution(difference) ? asked : 'ours' });
    if (!needsResolution(difference)) continue;
    if (!resolveDifference(schema, theirs, difference, asked ?? 'ours')) leftOut.add(difference.key);
  }
  return {
    label: (id) => !leftOut.has(`labels:${id}`),
    relationType: (id) => !leftOut.has(`relationTypes:${id}`),
    eventType: (id) => !leftOut.has(`eventTypes:${id}`),
    equivalenceType: (id) => !leftOut.has(`equivalenceTypes:${id}`),
  };
}
