import { createOffsetConverter } from '../../text/code-points';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { codePointFragments, sortAnnotations } from '../corpus/span-fragments';
import { documentAnswers, documentCategories } from '../corpus/document-categories';
import type { Annotation, AttributeMap, Relation, TagwrightDocument } from '../../model';
import type { ExportLosses } from '../corpus/export-losses';
import { annotatorParts, documentAnnotators } from '../export-layer';

/** The names Label Studio's labelling config must use for the exported regions to show. */
const LABEL_STUDIO_NAMES = { labels: 'label', text: 'text', relations: 'relation' } as const;

/**
 * Label Studio JSON tasks (Label Studio docs, "Export annotations: JSON" and "Import pre-annotated
 * data"): an array of tasks `{data: {text, title, tagwright_id}, annotations: [{result}]}`. Each span
 * is a region of type `labels` (`from_name: "label"`, `to_name: "text"`) with `value.start`/`end` in
 * Unicode code points, `value.text` and `value.labels`; a note rides as the region's `meta.text`,
 * attributes as `meta.attributes`. Relations are results of type `relation` (`from_id`, `to_id`,
 * `labels`). A discontinuous span becomes one region per fragment (ids `<id>`, `<id>~2`, …). The
 * document's labels and answers are `choices` and `textarea` results on the whole text, from the
 * control they came from (a `<Choices name="sentiment" toName="text">` in the labelling config).
 * A document whose exported things are by several annotators (the `all` layer of a team's project)
 * gets one annotation per annotator, as Label Studio exports a task several people labelled, each
 * with `completed_by` (the annotator's id) and that annotator's regions and the relations between
 * them; a relation between two annotators' regions has no place there and is counted as lost. A
 * document by one annotator is written as before, its annotator counted as lost.
 * Not carried: times.
 */
export const labelStudioExporter: CorpusExporter = {
  format: 'label-studio',
  *export(corpus: ExportCorpus, losses: ExportLosses): Generator<ExportChunk> {
    yield { file: '', text: '[' };
    let index = 0;
    for (const doc of corpus.documents) {
      const { document } = doc;
      const chosen = { ...doc, ...selectLabels(doc, corpus.labels) };
      const annotators = documentAnnotators(chosen);
      const documentLevel = documentResults(document.metadata);
      let annotations: object[];
      if (annotators.length > 1) {
        const { parts, unplaced } = annotatorParts(chosen, undefined, annotators);
        // The document's labels and answers are the task's, not an annotator's: said once, with the first.
        annotations = parts.map(({ annotator, things }, i) => ({
          completed_by: annotator,
          result: [...regionResults(document, things), ...(i === 0 ? documentLevel : [])],
        }));
        losses.add('cross-layer-links', unplaced.relations);
      } else {
        annotations = [{ result: [...regionResults(document, chosen), ...documentLevel] }];
        losses.add('annotators', countSigned(chosen.annotations) + countSigned(chosen.relations));
      }
      const task = {
        id: ++index,
        data: { text: document.text, title: document.title, tagwright_id: document.id },
        annotations,
      };
      yield { file: '', text: `${index === 1 ? '\n' : ',\n'}${JSON.stringify(task)}` };
    }
    yield { file: '', text: '\n]\n' };
  },
};

/** A layer's spans as `labels` regions (one per fragment) and its relations as `relation` results. */
function regionResults(
  document: TagwrightDocument,
  { annotations, relations }: { annotations: readonly Annotation[]; relations: readonly Relation[] },
): object[] {
  const converter = createOffsetConverter(document.text);
  const result: object[] = [];
  for (const a of sortAnnotations(annotations)) {
    const meta: Record<string, unknown> = {};
    if (a.note !== '') meta.text = [a.note];
    if (Object.keys(a.attributes).length > 0) meta.attributes = a.attributes;
    const hasMeta = Object.keys(meta).length > 0;
    codePointFragments(a, converter).forEach((f, i) => {
      const piece = a.fragments?.[i] ?? a;
      result.push({
        id: i === 0 ? a.id : `${a.id}~${i + 1}`,
        from_name: LABEL_STUDIO_NAMES.labels,
        to_name: LABEL_STUDIO_NAMES.text,
        type: 'labels',
        origin: 'manual',
        value: { start: f.start, end: f.end, text: document.text.slice(piece.start, piece.end), labels: [a.label] },
        ...(hasMeta ? { meta } : {}),
      });
    });
  }
  for (const r of relations) {
    result.push({ from_id: r.from, to_id: r.to, type: 'relation', direction: 'right', labels: [r.type] });
  }
  return result;
}

/** How many things name an annotator (as export-losses.ts counts `annotators`). */
function countSigned(things: readonly { annotator: string }[]): number {
  return things.filter((t) => t.annotator !== '').length;
}

/** The document's labels and answers (document-categories.ts) as `choices` and `textarea` results on the whole text. */
function documentResults(metadata: AttributeMap): object[] {
  const on = (name: string) => ({ from_name: name, to_name: LABEL_STUDIO_NAMES.text, origin: 'manual' });
  return [
    ...documentCategories(metadata).map(({ name, values }) => ({
      ...on(name),
      type: 'choices',
      value: { choices: values },
    })),
    ...documentAnswers(metadata).map(({ name, values }) => ({
      ...on(name),
      type: 'textarea',
      value: { text: values },
    })),
  ];
}
