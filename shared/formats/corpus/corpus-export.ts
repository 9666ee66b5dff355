import type { Annotation, AnnotationSchema, Relation, TagwrightDocument } from '../../model';
import type { FormatName } from '../format-facts';

/** One document as an exporter sees it: its text, its annotations and the relations that start in it. */
export interface ExportDocument {
  document: TagwrightDocument;
  annotations: readonly Annotation[];
  relations: readonly Relation[];
}

/**
 * What an export reads. `documents` is an iterable so a caller can build each document's
 * record only when the exporter reaches it: a whole corpus is never held as one string.
 */
export interface ExportCorpus {
  projectId: string;
  projectName: string;
  schema: AnnotationSchema;
  /** Label ids to export; annotations with other labels (and relations touching them) are left out. */
  labels?: readonly string[];
  /** Totals known before streaming (W3C's `total`); optional. */
  annotationCount?: number;
  documents: Iterable<ExportDocument>;
}

/**
 * One piece of output: `text` to append to the output file `file`. For formats written as one
 * file, `file` is always `''` (the path the user chose); for folder formats it is a relative path.
 * Chunks of one file come together: once an exporter moves to another file it never returns.
 */
export interface ExportChunk {
  file: string;
  text: string;
}

/** One export format's writer (what the format is called and loses: format-facts.ts). */
export interface CorpusExporter {
  format: FormatName;
  /** Writes the corpus as chunks, one document (or less) at a time. */
  export(corpus: ExportCorpus): Iterable<ExportChunk>;
}

/** The annotations and relations of one document restricted to the chosen labels. */
export function selectLabels(
  doc: ExportDocument,
  labels: readonly string[] | undefined,
): { annotations: readonly Annotation[]; relations: readonly Relation[] } {
  if (!labels) return { annotations: doc.annotations, relations: doc.relations };
  const keep = new Set(labels);
  const annotations = doc.annotations.filter((a) => keep.has(a.label));
  const ids = new Set(annotations.map((a) => a.id));
  return { annotations, relations: doc.relations.filter((r) => ids.has(r.from) && ids.has(r.to)) };
}
