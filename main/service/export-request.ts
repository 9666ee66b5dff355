import type { Annotation } from '../../shared/model';
import type { ExportDocumentChoice, ExportLayer } from '../../shared/formats/export-job';
import type { FormatName } from '../../shared/formats/format-facts';

/** What to export: a format, which documents, which labels. */
export interface CorpusExportRequest {
  format: FormatName;
  documents: ExportDocumentChoice;
  documentIds?: string[];
  /** Label ids; all labels when absent. */
  labels?: string[];
  /** The form to write, for a format that has several (doccano's `relations`); the first when absent. */
  form?: string;
  /** Whose work: every annotator's when absent. */
  layer?: ExportLayer;
}

/** What an export reads annotations through: the service's AnnotationTable (indexed, never copied whole). */
export interface ExportAnnotationSource {
  forDocument(documentId: string): Annotation[];
  get(annotationId: string): Annotation | undefined;
}
