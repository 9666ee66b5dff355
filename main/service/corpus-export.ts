import type { Annotation, Project, Relation } from '../../shared/model';
import type { ExportCorpus, ExportDocument } from '../../shared/formats/corpus/corpus-export';
import type { ExportDocumentChoice, ExportProgress, ExportSummary } from '../../shared/formats/export-job';
import type { FormatName } from '../../shared/formats/format-facts';
import { exporters } from '../../shared/formats/format-registry';
import { TagwrightError } from '../../shared/ipc/result';
import { writeExport } from '../io/write-export';
import { rowsByDocument } from './rows-by-document';

/** What to export: a format, which documents, which labels. */
export interface CorpusExportRequest {
  format: FormatName;
  documents: ExportDocumentChoice;
  documentIds?: string[];
  /** Label ids; all labels when absent. */
  labels?: string[];
}

/** What an export reads annotations through: the service's AnnotationTable (indexed, never copied whole). */
export interface ExportAnnotationSource {
  forDocument(documentId: string): Annotation[];
  get(annotationId: string): Annotation | undefined;
}

export type CorpusExportProgress = ExportProgress;
export type CorpusExportSummary = ExportSummary;

/**
 * The export's view of a project: the chosen documents, each with its annotations, the relations
 * that start in it, its events and groups, built one document at a time as the exporter asks.
 */
function exportCorpusOf(
  project: Project,
  annotations: ExportAnnotationSource,
  request: CorpusExportRequest,
  onDocument?: (done: number, total: number) => void,
  counts?: { annotations: number; relations: number },
): ExportCorpus {
  const labelIds = new Set(project.schema.labels.map((l) => l.id));
  for (const label of request.labels ?? []) {
    if (!labelIds.has(label))
      throw new TagwrightError('invalid-input', `The label "${label}" is not in this project's schema.`);
  }
  const wanted = request.documentIds ? new Set(request.documentIds) : null;
  const documents = project.documents.filter((d) =>
    request.documents === 'done' ? d.status === 'done' : request.documents === 'selected' ? wanted?.has(d.id) : true,
  );
  if (request.documents === 'selected' && documents.length === 0) {
    throw new TagwrightError(
      'invalid-input',
      'No documents are selected: choose some documents, or export all of them.',
    );
  }
  const relationsByDocument = new Map<string, Relation[]>();
  if (project.relations.length > 0) {
    for (const r of project.relations) {
      const doc = annotations.get(r.from)?.documentId;
      if (!doc) continue;
      const list = relationsByDocument.get(doc);
      if (list) list.push(r);
      else relationsByDocument.set(doc, [r]);
    }
  }
  const eventsByDocument = rowsByDocument(project.events);
  const groupsByDocument = rowsByDocument(project.equivalences);
  const labels = request.labels && request.labels.length > 0 ? request.labels : undefined;
  const keep = labels ? new Set(labels) : null;
  return {
    projectId: project.id,
    projectName: project.name,
    schema: project.schema,
    ...(labels ? { labels } : {}),
    documents: (function* (): Generator<ExportDocument> {
      let done = 0;
      for (const document of documents) {
        const rows = annotations.forDocument(document.id);
        const relations = relationsByDocument.get(document.id) ?? [];
        if (counts) {
          counts.annotations += keep ? rows.filter((a) => keep.has(a.label)).length : rows.length;
          counts.relations += relations.length;
        }
        const events = eventsByDocument.get(document.id) ?? [];
        const equivalences = groupsByDocument.get(document.id) ?? [];
        yield { document, annotations: rows, relations, events, equivalences };
        onDocument?.(++done, documents.length);
      }
    })(),
  };
}

/** Exports to `out` (a file, or a folder for folder formats), streaming, cancellable between chunks. */
export async function exportCorpusToPath(
  project: Project,
  annotations: ExportAnnotationSource,
  request: CorpusExportRequest,
  out: string,
  options: { signal?: AbortSignal; onProgress?: (progress: CorpusExportProgress) => void } = {},
): Promise<CorpusExportSummary> {
  const exporter = exporters[request.format];
  if (!exporter) throw new TagwrightError('invalid-input', `Unknown export format "${String(request.format)}".`);
  const started = performance.now();
  const counts = { annotations: 0, relations: 0 };
  let documentsDone = 0;
  const corpus = exportCorpusOf(
    project,
    annotations,
    request,
    (done, total) => {
      documentsDone = done;
      options.onProgress?.({ documentsDone: done, documentsTotal: total });
    },
    counts,
  );
  const written = await writeExport(exporter.export(corpus), out, exporter.output, options.signal);
  return {
    format: request.format,
    path: out,
    files: written.files,
    documents: documentsDone,
    annotations: counts.annotations,
    relations: counts.relations,
    bytes: written.bytes,
    milliseconds: Math.round(performance.now() - started),
  };
}
