import type { Annotation, Relation, TagwrightDocument } from '../../model';
import { createOffsetConverter, type OffsetConverter } from '../../text/code-points';
import { utf8Encode } from '../../text/utf8-coding';
import {
  selectLabels,
  type CorpusExporter,
  type ExportChunk,
  type ExportCorpus,
  type SelectedThings,
} from '../corpus/corpus-export';
import { codePointFragments, codePointSpans, sortAnnotations } from '../corpus/span-fragments';
import { documentCategories } from '../corpus/document-categories';
import { annotatorFileStems } from '../corpus/document-file-stems';
import type { ExportLosses } from '../corpus/export-losses';
import { ZipWriter } from '../corpus/zip-writer';
import { annotatorParts } from '../export-layer';

/**
 * doccano JSONL, one document per line, offsets in Unicode code points; extra keys (`id`,
 * `title`) become doccano metadata. Two forms, as doccano imports and exports them:
 * - `sequence` (doccano docs, "Import dataset / Sequence Labeling"): `{"text", "label": [[start,
 *   end, label], …]}`; relations are not carried.
 * - `relations` (a sequence-labelling project with relations, as doccano's export writes it):
 *   `"entities": [{"id", "label", "start_offset", "end_offset"}]` and `"relations": [{"id",
 *   "from_id", "to_id", "type"}]` between entity ids; ids are integers, unique in the file, as
 *   doccano's importer requires.
 * In both, the document's labels (every set: document-categories.ts) are `cats`, as doccano's
 * intent-detection projects write them. When the export keeps several annotators apart
 * (`corpus.annotators`), it is a zip of a file per annotator, as doccano's own export of a
 * project of several members (zipPerAnnotator). Notes, attributes and the annotators of a one-file
 * export are not carried; a discontinuous span becomes one entry per fragment (its relations on
 * the first).
 */
export const doccanoExporter: CorpusExporter = {
  format: 'doccano',
  *export(corpus: ExportCorpus, losses: ExportLosses): Generator<ExportChunk> {
    if (corpus.annotators) {
      yield* zipPerAnnotator(corpus, corpus.annotators, losses);
      return;
    }
    const ids = { entity: 0, relation: 0 };
    for (const doc of corpus.documents) {
      yield { file: '', text: recordLine(doc.document, selectLabels(doc, corpus.labels), corpus.form, ids) };
    }
  },
};

/** Entity and relation ids given so far in one file: unique in it, as doccano's importer requires. */
interface FileIds {
  entity: number;
  relation: number;
}

/** One document's line: its text and metadata, and its spans (and relations) in the form asked for. */
function recordLine(
  document: TagwrightDocument,
  { annotations, relations }: Pick<SelectedThings, 'annotations' | 'relations'>,
  form: string | undefined,
  ids: FileIds,
): string {
  const converter = createOffsetConverter(document.text);
  // Document labels as doccano's intent-detection projects write them (its sequence labelling keeps `cats` as metadata).
  const cats = [...new Set(documentCategories(document.metadata).flatMap((set) => set.values))];
  const head = { id: document.id, title: document.title, text: document.text, ...(cats.length > 0 ? { cats } : {}) };
  const record =
    form === 'relations'
      ? { ...head, ...relationForm(annotations, relations, converter, ids) }
      : { ...head, label: codePointSpans(annotations, converter).map((s) => [s.start, s.end, s.label]) };
  return `${JSON.stringify(record)}\n`;
}

/**
 * Several annotators kept apart, as doccano exports a project of several members (its
 * `create_individual_dataset`): a zip of one `<annotator>.jsonl` per annotator, each holding every
 * document with that annotator's spans (none where they marked nothing). An entry's size and CRC
 * precede its data, so each file is held (encoded) until the documents are all read, as REFI-QDA
 * holds its project.qde. A relation between two annotators' spans is in neither file (counted).
 */
function* zipPerAnnotator(
  corpus: ExportCorpus,
  annotators: readonly string[],
  losses: ExportLosses,
): Generator<ExportChunk> {
  const stems = annotatorFileStems(annotators);
  const files = annotators.map((annotator) => ({
    annotator,
    name: `${stems.get(annotator)}.jsonl`,
    lines: [] as Uint8Array[],
    ids: { entity: 0, relation: 0 },
  }));
  for (const doc of corpus.documents) {
    const { parts, unplaced } = annotatorParts(doc, corpus.labels, annotators);
    if (corpus.form === 'relations') losses.add('cross-layer-links', unplaced.relations);
    parts.forEach(({ things }, i) => {
      const file = files[i]!;
      file.lines.push(utf8Encode(recordLine(doc.document, things, corpus.form, file.ids)));
    });
  }
  const zip = new ZipWriter();
  for (const { annotator, name, lines } of files) {
    yield { file: '', text: '', bytes: zip.header(name, lines), annotator };
    for (const line of lines) yield { file: '', text: '', bytes: line, annotator };
  }
  yield { file: '', text: '', bytes: zip.finish() };
}

/** A document's entities (one per fragment) and the relations between them, numbered on from `ids`. */
function relationForm(
  annotations: readonly Annotation[],
  relations: readonly Relation[],
  converter: OffsetConverter,
  ids: FileIds,
) {
  const entities: { id: number; label: string; start_offset: number; end_offset: number }[] = [];
  const firstEntity = new Map<string, number>();
  for (const a of sortAnnotations(annotations)) {
    for (const f of codePointFragments(a, converter)) {
      const id = ++ids.entity;
      if (!firstEntity.has(a.id)) firstEntity.set(a.id, id);
      entities.push({ id, label: a.label, start_offset: f.start, end_offset: f.end });
    }
  }
  return {
    entities,
    relations: relations.map((r) => ({
      id: ++ids.relation,
      from_id: firstEntity.get(r.from)!,
      to_id: firstEntity.get(r.to)!,
      type: r.type,
    })),
  };
}
