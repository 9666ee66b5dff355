import type {
  Annotation,
  AnnotationSchema,
  Entity,
  Equivalence,
  EventArgument,
  Relation,
  TagwrightDocument,
  TagwrightEvent,
} from '../../model';
import type { FormatName } from '../format-facts';
import type { ExportLosses } from './export-losses';

/**
 * One document as an exporter sees it: its text, its annotations, the relations that start in it,
 * and its events and equivalence groups (none when absent).
 */
export interface ExportDocument {
  document: TagwrightDocument;
  annotations: readonly Annotation[];
  relations: readonly Relation[];
  events?: readonly TagwrightEvent[];
  equivalences?: readonly Equivalence[];
}

/** A document's things restricted to the chosen labels: what an exporter writes. */
export interface SelectedThings {
  annotations: readonly Annotation[];
  relations: readonly Relation[];
  events: readonly TagwrightEvent[];
  equivalences: readonly Equivalence[];
}

/**
 * What an export reads. `documents` is an iterable so a caller can build each document's
 * record only when the exporter reaches it: a whole corpus is never held as one string.
 */
export interface ExportCorpus {
  projectId: string;
  projectName: string;
  schema: AnnotationSchema;
  /** The project's canonical entities (of the labels exported): what mentions' `entity` names. */
  entities?: readonly Entity[];
  /** Label ids to export; annotations with other labels (and relations touching them) are left out. */
  labels?: readonly string[];
  /** The form to write, for a format that has several (format-facts.ts' `forms`); its first when absent. */
  form?: string;
  /**
   * The annotators whose work the format writes apart (its facts' `layers`): set, with two or more
   * ids, only for the all layer of several annotators; absent, everything is written together.
   */
  annotators?: readonly string[];
  documents: Iterable<ExportDocument>;
}

/**
 * One piece of output: `text` to append to the output file `file`. For formats written as one
 * file, `file` is always `''` (the path the user chose); for folder formats it is a relative path.
 * A folder format may come back to a file it wrote earlier in the export: the text is appended
 * (one file per annotator written document by document).
 */
export interface ExportChunk {
  file: string;
  text: string;
  /** The annotator whose work the chunk holds, when the export keeps annotators apart (`annotators`). */
  annotator?: string;
  /** Bytes to append instead of text, for a binary format (REFI-QDA's zip); `text` is then ''. */
  bytes?: Uint8Array;
}

/** One export format's writer (what the format is called and loses: format-facts.ts). */
export interface CorpusExporter {
  format: FormatName;
  /**
   * Writes the corpus as chunks, one document (or less) at a time. What the data holds that the
   * format cannot (its facts' `drops`) is counted by the caller; `losses` takes what only the
   * writing meets (a span left out, trimmed, changed).
   */
  export(corpus: ExportCorpus, losses: ExportLosses): Iterable<ExportChunk>;
}

/**
 * One document's things restricted to the chosen labels: the annotations of those labels, the
 * relations between them, the events whose trigger is kept (without the arguments that are not),
 * and the groups with at least two members kept (without the others).
 */
export function selectLabels(doc: ExportDocument, labels: readonly string[] | undefined): SelectedThings {
  const events = doc.events ?? [];
  const equivalences = doc.equivalences ?? [];
  if (!labels) return { annotations: doc.annotations, relations: doc.relations, events, equivalences };
  const keep = new Set(labels);
  const annotations = doc.annotations.filter((a) => keep.has(a.label));
  const ids = new Set(annotations.map((a) => a.id));
  const eventIds = new Set(events.filter((e) => ids.has(e.trigger)).map((e) => e.id));
  const kept = (a: EventArgument) => (a.targetKind === 'event' ? eventIds : ids).has(a.target);
  return {
    annotations,
    relations: doc.relations.filter((r) => ids.has(r.from) && ids.has(r.to)),
    events: events
      .filter((e) => eventIds.has(e.id))
      .map((e) => (e.arguments.every(kept) ? e : { ...e, arguments: e.arguments.filter(kept) })),
    equivalences: equivalences
      .map((g) => (g.members.every((m) => ids.has(m)) ? g : { ...g, members: g.members.filter((m) => ids.has(m)) }))
      .filter((g) => g.members.length >= 2),
  };
}
