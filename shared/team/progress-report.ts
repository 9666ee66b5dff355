import { GOLD_ANNOTATOR, type Project } from '../model';
import { IsoTimes } from './iso-times';
import { timeSpentMs } from './time-spent';

/**
 * Where an annotator stands on a document: assigned and not touched yet, assigned and begun,
 * assigned and said done, or not assigned but with work there all the same (a colleague helping);
 * `none` where neither.
 */
export type ProgressStatus = 'not-started' | 'in-progress' | 'done' | 'unassigned-annotated' | 'none';

/** One annotator on one document. */
export interface ProgressCell {
  documentId: string;
  annotator: string;
  assigned: boolean;
  status: ProgressStatus;
  /** When they said they had finished it; null: not (yet). */
  doneAt: string | null;
  /** Their annotations, relations and events in the document. */
  annotations: number;
  relations: number;
  events: number;
  /** Their first and last edit there (ISO times); null when they made none. */
  firstEdit: string | null;
  lastEdit: string | null;
  /** Estimated from the edit times (time-spent.ts). */
  timeSpentMs: number;
}

/** An annotator's cells summed. */
export interface ProgressTotals {
  annotator: string;
  assigned: number;
  done: number;
  annotations: number;
  relations: number;
  events: number;
  timeSpentMs: number;
}

/** Documents × annotators: `cells[d][a]` is `documents[d]` for `annotators[a]`. */
export interface ProgressReport {
  documents: { id: string; title: string }[];
  annotators: { id: string; name: string }[];
  cells: ProgressCell[][];
  totals: ProgressTotals[];
}

/** What progress reads of a project. */
export type ProgressSource = Pick<
  Project,
  'documents' | 'annotators' | 'assignments' | 'annotations' | 'relations' | 'events'
>;

/** What one annotator did in one document, gathered in one pass over the project. */
interface Work {
  annotations: number;
  relations: number;
  events: number;
  times: number[];
}

/**
 * Every document against every annotator (the gold layer aside: it is the curator's, not an
 * annotator's work): assignment, status, counts, first and last edit and time spent. An edit time
 * is its hand's: a thing's `createdAt` its annotator's, its `updatedAt` its `updatedBy`'s when
 * someone else changed it last. Relations have no times; they count but add none.
 */
export function progressReport(source: ProgressSource): ProgressReport {
  const work = gatherWork(source);
  const annotators = reportAnnotators(source);
  const assignments = new Map(source.assignments.map((a) => [cellKey(a.documentId, a.annotator), a]));
  const cells = source.documents.map((d) =>
    annotators.map(({ id }) => {
      return progressCell(d.id, id, assignments.get(cellKey(d.id, id)), work.get(d.id)?.get(id));
    }),
  );
  return {
    documents: source.documents.map((d) => ({ id: d.id, title: d.title })),
    annotators,
    cells,
    totals: annotators.map(({ id }, i) =>
      totalsOf(
        id,
        cells.map((row) => row[i]!),
      ),
    ),
  };
}

/** The project's annotators, then any an assignment names that the list lacks; never gold. */
function reportAnnotators(source: ProgressSource): { id: string; name: string }[] {
  const list = source.annotators.filter((a) => a.id !== GOLD_ANNOTATOR).map((a) => ({ id: a.id, name: a.name }));
  for (const { annotator } of source.assignments) {
    if (annotator !== GOLD_ANNOTATOR && !list.some((a) => a.id === annotator))
      list.push({ id: annotator, name: annotator });
  }
  return list;
}

/** Each document's work by annotator: nested maps, as a report reads it cell by cell. */
type WorkByDocument = Map<string, Map<string, Work>>;

function gatherWork(source: ProgressSource): WorkByDocument {
  const work: WorkByDocument = new Map();
  const times = new IsoTimes();
  const at = (documentId: string, annotator: string): Work => {
    let byAnnotator = work.get(documentId);
    if (!byAnnotator) work.set(documentId, (byAnnotator = new Map()));
    let w = byAnnotator.get(annotator);
    if (!w) byAnnotator.set(annotator, (w = { annotations: 0, relations: 0, events: 0, times: [] }));
    return w;
  };
  // Counts one annotation or event for its author, and its times for whoever touched it when.
  const count = (
    thing: { documentId: string; annotator: string; updatedBy?: string; createdAt: string; updatedAt: string },
    kind: 'annotations' | 'events',
  ) => {
    const own = at(thing.documentId, thing.annotator);
    own[kind]++;
    own.times.push(times.ms(thing.createdAt));
    const hand = thing.updatedBy ?? thing.annotator;
    (hand === thing.annotator ? own : at(thing.documentId, hand)).times.push(times.ms(thing.updatedAt));
  };
  // A relation counts in its source's document: only those sources' documents are looked up.
  const sources = new Set(source.relations.map((r) => r.from));
  const documentOf = new Map<string, string>();
  for (const a of source.annotations) {
    if (sources.has(a.id)) documentOf.set(a.id, a.documentId);
    count(a, 'annotations');
  }
  for (const e of source.events) count(e, 'events');
  for (const r of source.relations) {
    const documentId = documentOf.get(r.from);
    if (documentId !== undefined) at(documentId, r.annotator).relations++;
  }
  return work;
}

function progressCell(
  documentId: string,
  annotator: string,
  assignment: { doneAt?: string } | undefined,
  work: Work | undefined,
): ProgressCell {
  const times = work ? work.times.sort((a, b) => a - b) : [];
  const counts = { annotations: work?.annotations ?? 0, relations: work?.relations ?? 0, events: work?.events ?? 0 };
  const worked = times.length > 0 || counts.annotations + counts.relations + counts.events > 0;
  return {
    documentId,
    annotator,
    assigned: assignment !== undefined,
    status: statusOf(assignment, worked),
    doneAt: assignment?.doneAt ?? null,
    ...counts,
    firstEdit: times.length > 0 ? new Date(times[0]!).toISOString() : null,
    lastEdit: times.length > 0 ? new Date(times[times.length - 1]!).toISOString() : null,
    timeSpentMs: timeSpentMs(times),
  };
}

function statusOf(assignment: { doneAt?: string } | undefined, worked: boolean): ProgressStatus {
  if (!assignment) return worked ? 'unassigned-annotated' : 'none';
  if (assignment.doneAt !== undefined) return 'done';
  return worked ? 'in-progress' : 'not-started';
}

function totalsOf(annotator: string, cells: readonly ProgressCell[]): ProgressTotals {
  const totals: ProgressTotals = {
    annotator,
    assigned: 0,
    done: 0,
    annotations: 0,
    relations: 0,
    events: 0,
    timeSpentMs: 0,
  };
  for (const c of cells) {
    if (c.assigned) totals.assigned++;
    if (c.status === 'done') totals.done++;
    totals.annotations += c.annotations;
    totals.relations += c.relations;
    totals.events += c.events;
    totals.timeSpentMs += c.timeSpentMs;
  }
  return totals;
}

const cellKey = (documentId: string, annotator: string): string => `${documentId}\u0000${annotator}`;
