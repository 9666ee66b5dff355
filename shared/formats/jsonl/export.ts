import { createOffsetConverter } from '../../text/code-points';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { sortAnnotations } from '../corpus/span-fragments';
import { TAGWRIGHT_CORPUS_FORMAT } from './corpus-header';

/**
 * Tagwright JSONL (our own, lossless): a header line (format, version, offset unit, project name,
 * schema), then one document per line with its text, status, metadata, source, annotations
 * (offsets in Unicode code points, fragments, quote, attributes, note, annotator, times) and relations.
 */
export const jsonlExporter: CorpusExporter = {
  format: 'jsonl',
  export: exportJsonl,
};

function* exportJsonl(corpus: ExportCorpus): Generator<ExportChunk> {
  const header = {
    format: TAGWRIGHT_CORPUS_FORMAT,
    version: 1,
    offsets: 'code-points',
    project: { id: corpus.projectId, name: corpus.projectName },
    schema: corpus.schema,
  };
  yield { file: '', text: `${JSON.stringify(header)}\n` };
  for (const doc of corpus.documents) {
    const { document } = doc;
    const { annotations, relations } = selectLabels(doc, corpus.labels);
    const converter = createOffsetConverter(document.text);
    const record = {
      id: document.id,
      title: document.title,
      status: document.status,
      metadata: document.metadata,
      source: document.source,
      text: document.text,
      annotations: sortAnnotations(annotations).map((a) => ({
        id: a.id,
        start: converter.toCodePoint(a.start),
        end: converter.toCodePoint(a.end),
        // undefined is left out by JSON.stringify; one object shape keeps V8's fast path.
        fragments: a.fragments?.map((f) => ({
          start: converter.toCodePoint(f.start),
          end: converter.toCodePoint(f.end),
        })),
        label: a.label,
        quote: a.quote,
        attributes: a.attributes,
        note: a.note,
        annotator: a.annotator,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      })),
      relations: relations.map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to, annotator: r.annotator })),
    };
    yield { file: '', text: `${JSON.stringify(record)}\n` };
  }
}
