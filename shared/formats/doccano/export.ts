import type { Annotation, Relation } from '../../model';
import { createOffsetConverter, type OffsetConverter } from '../../text/code-points';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { codePointFragments, codePointSpans, sortAnnotations } from '../corpus/span-fragments';
import { documentCategories } from '../corpus/document-categories';

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
 * intent-detection projects write them. Notes, attributes and annotators are not carried; a
 * discontinuous span becomes one entry per fragment (its relations on the first).
 */
export const doccanoExporter: CorpusExporter = {
  format: 'doccano',
  *export(corpus: ExportCorpus): Generator<ExportChunk> {
    const ids = { entity: 0, relation: 0 };
    for (const doc of corpus.documents) {
      const { annotations, relations } = selectLabels(doc, corpus.labels);
      const converter = createOffsetConverter(doc.document.text);
      // Document labels as doccano's intent-detection projects write them (its sequence labelling keeps `cats` as metadata).
      const cats = [...new Set(documentCategories(doc.document.metadata).flatMap((set) => set.values))];
      const head = {
        id: doc.document.id,
        title: doc.document.title,
        text: doc.document.text,
        ...(cats.length > 0 ? { cats } : {}),
      };
      const record =
        corpus.form === 'relations'
          ? { ...head, ...relationForm(annotations, relations, converter, ids) }
          : { ...head, label: codePointSpans(annotations, converter).map((s) => [s.start, s.end, s.label]) };
      yield { file: '', text: `${JSON.stringify(record)}\n` };
    }
  },
};

/** A document's entities (one per fragment) and the relations between them, numbered on from `ids`. */
function relationForm(
  annotations: readonly Annotation[],
  relations: readonly Relation[],
  converter: OffsetConverter,
  ids: { entity: number; relation: number },
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
