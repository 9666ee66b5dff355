import { createOffsetConverter } from '../../text/code-points';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import type { ExportLosses } from '../corpus/export-losses';
import { codePointSpans, type LabelledFragment } from '../corpus/span-fragments';
import { annotatorParts } from '../export-layer';

/**
 * spaCy-ready JSONL: one document per line, `{"text", "spans": [{"start", "end", "label"}], "meta"}`
 * with character offsets in Unicode code points, exactly what `doc.char_span(start, end, label)`
 * takes (Python string indices), the shape Prodigy and spaCy's own examples read. Overlapping spans
 * are kept: the loading recipe (docs/recipes/spacy_docbin.py) puts every span in
 * `doc.spans["tagwright"]` and those overlapping no other in `doc.ents`; the overlapping ones are
 * counted in the export's losses. When the export keeps several annotators apart
 * (`corpus.annotators`), `spans` is instead an object of span groups, one per annotator
 * (`{"ana": [...], "ben": [...]}`, Doc.to_json()'s shape for `doc.spans`): the recipe puts each in
 * `doc.spans[<annotator id>]` and nothing in `doc.ents`, which cannot hold several annotators'
 * overlapping spans; nothing is counted lost for it. No `.spacy` DocBin is written: it stores
 * spaCy's own tokenisation, which only spaCy can produce faithfully.
 */
export const spacyExporter: CorpusExporter = {
  format: 'spacy',
  *export(corpus: ExportCorpus, losses: ExportLosses): Generator<ExportChunk> {
    const apart = corpus.annotators;
    for (const doc of corpus.documents) {
      const converter = createOffsetConverter(doc.document.text);
      let spans: LabelledFragment[] | Record<string, LabelledFragment[]>;
      if (apart) {
        // A span group per annotator, every annotator in every record (an empty group where they marked nothing).
        const parts = annotatorParts(doc, corpus.labels, apart).parts;
        spans = Object.fromEntries(parts.map((p) => [p.annotator, codePointSpans(p.things.annotations, converter)]));
      } else {
        spans = codePointSpans(selectLabels(doc, corpus.labels).annotations, converter);
        losses.add('overlapping-entities', overlappingCount(spans));
      }
      const record = {
        text: doc.document.text,
        spans,
        meta: { id: doc.document.id, title: doc.document.title },
      };
      yield { file: '', text: `${JSON.stringify(record)}\n` };
    }
  },
};

/**
 * How many spans overlap another (any label): `doc.ents` cannot hold them, so the loading recipe
 * (docs/formats.md) keeps them in `doc.spans` only.
 */
function overlappingCount(written: readonly LabelledFragment[]): number {
  // A discontinuous span's fragments follow each other in `written`: sort them in among the rest.
  const spans = [...written].sort((x, y) => x.start - y.start);
  let count = 0;
  let furthestEnd = -1;
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    if (furthestEnd > span.start || (next !== undefined && next.start < span.end)) count++;
    furthestEnd = Math.max(furthestEnd, span.end);
  });
  return count;
}
