import { createOffsetConverter } from '../../text/code-points';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { codePointFragments, sortAnnotations } from '../corpus/span-fragments';
import { documentAnswers, documentCategories } from '../corpus/document-categories';
import type { AttributeMap } from '../../model';

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
 * Not carried: annotators and times.
 */
export const labelStudioExporter: CorpusExporter = {
  format: 'label-studio',
  *export(corpus: ExportCorpus): Generator<ExportChunk> {
    yield { file: '', text: '[' };
    let index = 0;
    for (const doc of corpus.documents) {
      const { document } = doc;
      const { annotations, relations } = selectLabels(doc, corpus.labels);
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
      for (const extra of documentResults(document.metadata)) result.push(extra);
      const task = {
        id: ++index,
        data: { text: document.text, title: document.title, tagwright_id: document.id },
        annotations: [{ result }],
      };
      yield { file: '', text: `${index === 1 ? '\n' : ',\n'}${JSON.stringify(task)}` };
    }
    yield { file: '', text: '\n]\n' };
  },
};

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
