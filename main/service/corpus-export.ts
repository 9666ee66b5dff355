import type { Project } from '../../shared/model';
import { selectLabels, type ExportCorpus, type ExportDocument } from '../../shared/formats/corpus/corpus-export';
import { ExportLosses, tallyDroppedData } from '../../shared/formats/corpus/export-losses';
import {
  ALL_LAYERS,
  layerName,
  type ExportLayer,
  type ExportProgress,
  type ExportSummary,
} from '../../shared/formats/export-job';
import { selectLayer } from '../../shared/formats/export-layer';
import { exportFormOf, formatFacts, type DataLossKind } from '../../shared/formats/format-facts';
import { exporters } from '../../shared/formats/format-registry';
import { GOLD_ANNOTATOR } from '../../shared/model/curation';
import { TagwrightError } from '../../shared/ipc/result';
import { writeExport, type WrittenExport } from '../io/write-export';
import { rowsByDocument } from './rows-by-document';
import { groupedBy } from '../../shared/collections/grouped-by';
import { pathKind } from '../io/path-exists';
import type { CorpusExportRequest, ExportAnnotationSource } from './export-request';

export type { CorpusExportRequest, ExportAnnotationSource } from './export-request';
import { chosenDocuments } from './export-documents';
import { checkLayoutPath, exportLayoutOf, type ExportLayout } from './export-layout';

export type CorpusExportProgress = ExportProgress;
export type CorpusExportSummary = ExportSummary;

/** What an export counts as the exporter reads each document: what it takes, and what the format drops of it. */
interface ExportTally {
  annotations: number;
  relations: number;
  drops: readonly DataLossKind[];
  losses: ExportLosses;
}

/**
 * The export's view of a project: the chosen documents, each with its annotations, the relations
 * that start in it, its events and groups, built one document at a time as the exporter asks.
 */
function exportCorpusOf(
  project: Project,
  annotations: ExportAnnotationSource,
  request: CorpusExportRequest,
  layout: ExportLayout,
  onDocument: (done: number, total: number) => void,
  tally: ExportTally,
): ExportCorpus {
  const layer = request.layer ?? ALL_LAYERS;
  const documents = chosenDocuments(project, request);
  // A relation belongs to its source's document; one whose source is gone belongs to none.
  const relationsByDocument = groupedBy(project.relations, (r) => annotations.get(r.from)?.documentId);
  const eventsByDocument = rowsByDocument(project.events);
  const groupsByDocument = rowsByDocument(project.equivalences);
  const labels = request.labels && request.labels.length > 0 ? request.labels : undefined;
  return {
    projectId: project.id,
    projectName: project.name,
    schema: project.schema,
    entities: labels ? project.entities.filter((e) => labels.includes(e.label)) : project.entities,
    ...(labels ? { labels } : {}),
    ...(request.form !== undefined ? { form: request.form } : {}),
    ...(layout.annotators ? { annotators: layout.annotators } : {}),
    documents: (function* (): Generator<ExportDocument> {
      let done = 0;
      for (const document of documents) {
        const doc = selectLayer(
          {
            document,
            annotations: annotations.forDocument(document.id),
            relations: relationsByDocument.get(document.id) ?? [],
            events: eventsByDocument.get(document.id) ?? [],
            equivalences: groupsByDocument.get(document.id) ?? [],
          },
          layer,
        );
        const chosen = selectLabels(doc, labels);
        tally.annotations += chosen.annotations.length;
        tally.relations += chosen.relations.length;
        tallyDroppedData(chosen, tally.drops, tally.losses);
        yield doc;
        onDocument(++done, documents.length);
      }
    })(),
  };
}

/** Refuses a layer of an annotator the project does not know (the gold layer may be empty). */
function checkLayer(project: Project, layer: ExportLayer): void {
  if (layer.kind !== 'annotator') return;
  if (project.annotators.some((a) => a.id === layer.id)) return;
  const known = project.annotators.map((a) => a.id).filter((id) => id !== GOLD_ANNOTATOR);
  throw new TagwrightError(
    'invalid-input',
    `The project has no annotator "${layer.id}": choose all, gold${known.length > 0 ? ` or one of ${known.join(', ')}` : ''}.`,
  );
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
  const form = exportFormOf(request.format, request.form);
  if (!form) {
    const forms = formatFacts[request.format].forms?.map((f) => f.name);
    throw new TagwrightError(
      'invalid-input',
      forms
        ? `${request.format} has no form "${request.form}": choose ${forms.join(' or ')}.`
        : `${request.format} is written in one form only; leave the form out.`,
    );
  }
  const started = performance.now();
  checkLayer(project, request.layer ?? ALL_LAYERS);
  const layout = exportLayoutOf(project, annotations, request);
  checkLayoutPath(request.format, layout, out, await pathKind(out));
  // Annotators written apart are not lost.
  const drops = layout.annotators ? form.drops.filter((kind) => kind !== 'annotators') : form.drops;
  const tally: ExportTally = { annotations: 0, relations: 0, drops, losses: new ExportLosses() };
  let documentsDone = 0;
  const corpus = exportCorpusOf(
    project,
    annotations,
    request,
    layout,
    (done, total) => {
      documentsDone = done;
      options.onProgress?.({ documentsDone: done, documentsTotal: total });
    },
    tally,
  );
  const written = await writeExport(exporter.export(corpus, tally.losses), out, layout.output, options.signal);
  return {
    format: request.format,
    ...(form.name !== undefined ? { form: form.name } : {}),
    layer: layerName(request.layer ?? ALL_LAYERS),
    path: out,
    files: written.files,
    documents: documentsDone,
    annotations: tally.annotations,
    relations: tally.relations,
    bytes: written.bytes,
    milliseconds: Math.round(performance.now() - started),
    losses: tally.losses.list(),
    ...(layout.annotators
      ? { annotators: layout.annotators.map((id) => ({ id, files: annotatorFiles(id, layout, written, out) })) }
      : {}),
  };
}

/** The files holding one annotator's work: those its chunks went to, or the one file every annotator is in (spaCy's span groups). */
function annotatorFiles(id: string, layout: ExportLayout, written: WrittenExport, out: string): string[] {
  return written.annotatorFiles.get(id) ?? (layout.output === 'file' ? [out] : []);
}
