import { basename } from 'node:path';
import type { Project, TagwrightDocument } from '../../shared/model';
import { ALL_LAYERS } from '../../shared/formats/export-job';
import { formatFacts, type FormatName } from '../../shared/formats/format-facts';
import { TagwrightError } from '../../shared/ipc/result';
import type { CorpusExportRequest, ExportAnnotationSource } from './export-request';
import { chosenDocuments } from './export-documents';

/** Where an export writes, known before it writes: a file or a folder, and who it keeps apart. */
export interface ExportLayout {
  output: 'file' | 'folder';
  /** The one output file's extension (with the dot); '' for a folder. */
  extension: string;
  /** The annotators written apart (format-facts.ts' `layers`): two or more, or absent. */
  annotators?: string[];
}

/**
 * How an export will be written: as its format's facts say, or, for the all layer of a format
 * that keeps annotators apart (its `layers`) when the exported annotations (chosen documents and
 * labels) are by two or more annotators, as that layout says, with those annotators first seen
 * first. A project with one annotator's work is written as ever.
 */
export function exportLayoutOf(
  project: Project,
  annotations: ExportAnnotationSource,
  request: CorpusExportRequest,
): ExportLayout {
  const facts = formatFacts[request.format];
  const plain = { output: facts.output, extension: facts.extension };
  if (!facts.layers || (request.layer ?? ALL_LAYERS).kind !== 'all') return plain;
  const annotators = exportedAnnotators(chosenDocuments(project, request), annotations, request.labels);
  if (annotators.length < 2) return plain;
  return { output: facts.layers.output, extension: facts.layers.extension, annotators };
}

function exportedAnnotators(
  documents: readonly TagwrightDocument[],
  annotations: ExportAnnotationSource,
  labels: readonly string[] | undefined,
): string[] {
  const wanted = labels && labels.length > 0 ? new Set(labels) : null;
  const seen = new Set<string>();
  for (const document of documents) {
    for (const a of annotations.forDocument(document.id)) if (!wanted || wanted.has(a.label)) seen.add(a.annotator);
  }
  return [...seen];
}

/**
 * Refuses an output path that does not fit a layout the format takes only for several annotators:
 * a file name (an existing file, or a name ending in the format's own extension) where a folder
 * is written, or a file without the layout's extension (`.zip`). Never a silent change of kind.
 */
export function checkLayoutPath(
  format: FormatName,
  layout: ExportLayout,
  out: string,
  existing: 'file' | 'folder' | null,
): void {
  const facts = formatFacts[format];
  if (!layout.annotators || !facts.layers) return;
  if (layout.output === facts.output && layout.extension === facts.extension) return;
  const why = `${format} keeps the ${layout.annotators.length} annotators of the all layer apart (${layout.annotators.map((a) => a || 'unsigned').join(', ')}): it writes ${facts.layers.describes}`;
  const instead = 'or export one layer (--layer gold or an annotator id)';
  if (layout.output === 'folder') {
    const fileName = facts.output === 'file' && basename(out).toLowerCase().endsWith(facts.extension);
    if (existing === 'file' || fileName)
      throw new TagwrightError('invalid-input', `${why}, and ${out} is a file: export to a folder, ${instead}.`);
  } else if (!out.toLowerCase().endsWith(layout.extension) || existing === 'folder') {
    throw new TagwrightError(
      'invalid-input',
      `${why}, and ${out} is not a ${layout.extension} file: export to one, ${instead}.`,
    );
  }
}
