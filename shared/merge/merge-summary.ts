import type { ProjectChange } from '../ipc/views';
import type { SchemaDifference, SchemaResolution } from './schema-differences';

/** How many things of one kind a file brought: new, already in the project, or left out (their label or type was not kept). */
export interface MergeCounts {
  added: number;
  alreadyThere: number;
  leftOut: number;
}

/** One annotator's annotations in one file: new to the project, or there already. */
export interface AnnotatorCounts {
  annotator: string;
  added: number;
  alreadyThere: number;
}

/** Documents handed to annotators, as a file brought them: new, newly finished, or known already. */
export interface AssignmentCounts {
  added: number;
  /** Assigned here already; the file says the annotator has finished it since. */
  finished: number;
  alreadyThere: number;
}

/** A schema difference met in one file, and how it was settled (null: not yet, the merge waits for a decision). */
export interface ResolvedDifference extends SchemaDifference {
  resolution: SchemaResolution | null;
}

/** What came from one merged file. */
export interface MergeFileSummary {
  file: string;
  /** The merged project's name, as its file says. */
  projectName: string;
  documents: { added: number; matched: number };
  annotations: MergeCounts;
  relations: MergeCounts;
  events: MergeCounts;
  equivalences: MergeCounts;
  entities: MergeCounts;
  assignments: AssignmentCounts;
  /** Per annotator, in the order first met. */
  annotators: AnnotatorCounts[];
  differences: ResolvedDifference[];
}

/** What a merge did (or would do): per file, and whether it was applied. */
export interface MergeSummary {
  files: MergeFileSummary[];
  /** Differences that need a decision before anything is written (empty when applied). */
  unresolved: ResolvedDifference[];
  /** False while differences wait for a decision: then nothing changed. */
  applied: boolean;
}

/** A merge call's answer: its summary, and the change to apply (null: nothing changed). */
export interface MergeOutcome {
  summary: MergeSummary;
  change: ProjectChange | null;
}

export function emptyCounts(): MergeCounts {
  return { added: 0, alreadyThere: 0, leftOut: 0 };
}

export function emptyFileSummary(file: string, projectName: string): MergeFileSummary {
  return {
    file,
    projectName,
    documents: { added: 0, matched: 0 },
    annotations: emptyCounts(),
    relations: emptyCounts(),
    events: emptyCounts(),
    equivalences: emptyCounts(),
    entities: emptyCounts(),
    assignments: { added: 0, finished: 0, alreadyThere: 0 },
    annotators: [],
    differences: [],
  };
}

/** Counts one annotation of `annotator` as added or already there. */
export function countAnnotator(summary: MergeFileSummary, annotator: string, added: boolean): void {
  let counts = summary.annotators.find((c) => c.annotator === annotator);
  if (!counts) {
    counts = { annotator, added: 0, alreadyThere: 0 };
    summary.annotators.push(counts);
  }
  if (added) counts.added++;
  else counts.alreadyThere++;
}

/** What a hand-out wrote: an annotator's copy of the project. */
export interface HandoutSummary {
  path: string;
  annotator: string;
  documents: number;
  annotations: number;
}
