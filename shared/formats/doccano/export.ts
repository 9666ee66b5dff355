import { createOffsetConverter } from '../../text/code-points';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { codePointSpans } from '../corpus/span-fragments';

/**
 * doccano sequence-labelling JSONL (doccano docs, "Import dataset / Sequence Labeling"): one
 * document per line, `{"text", "label": [[start, end, label], …]}`, offsets in Unicode code points.
 * Extra keys (`id`, `title`) become doccano metadata. Relations, notes, attributes and annotators
 * are not carried; a discontinuous span becomes one entry per fragment.
 */
export const doccanoExporter: CorpusExporter = {
  format: 'doccano',
  *export(corpus: ExportCorpus): Generator<ExportChunk> {
    for (const doc of corpus.documents) {
      const converter = createOffsetConverter(doc.document.text);
      const spans = codePointSpans(selectLabels(doc, corpus.labels).annotations, converter);
      const label = spans.map((s) => [s.start, s.end, s.label]);
      const record = { id: doc.document.id, title: doc.document.title, text: doc.document.text, label };
      yield { file: '', text: `${JSON.stringify(record)}\n` };
    }
  },
};
