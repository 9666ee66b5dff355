import { createOffsetConverter } from '../../text/code-points';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { codePointSpans } from '../corpus/span-fragments';

/**
 * spaCy-ready JSONL: one document per line, `{"text", "spans": [{"start", "end", "label"}], "meta"}`
 * with character offsets in Unicode code points, exactly what `doc.char_span(start, end, label)`
 * takes (Python string indices), the shape Prodigy and spaCy's own examples read. Overlapping spans
 * are kept (load them into `doc.spans[key]`; `doc.ents` needs non-overlapping ones). No `.spacy`
 * DocBin is written: it stores spaCy's own tokenisation, which only spaCy can produce faithfully.
 */
export const spacyExporter: CorpusExporter = {
  format: 'spacy',
  *export(corpus: ExportCorpus): Generator<ExportChunk> {
    for (const doc of corpus.documents) {
      const converter = createOffsetConverter(doc.document.text);
      const spans = codePointSpans(selectLabels(doc, corpus.labels).annotations, converter);
      const record = {
        text: doc.document.text,
        spans,
        meta: { id: doc.document.id, title: doc.document.title },
      };
      yield { file: '', text: `${JSON.stringify(record)}\n` };
    }
  },
};
