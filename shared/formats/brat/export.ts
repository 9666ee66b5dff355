import { createOffsetConverter } from '../../text/code-points';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import type { ExportLosses } from '../corpus/export-losses';
import { documentFileStems } from '../corpus/document-file-stems';
import { annLines } from './ann-writer';
import { entityNames } from './entity-lines';
import { tallyBratLosses } from './brat-losses';
import { bratAnnotationConf, bratVisualConf } from './conf-files';
import { ConfSeen } from './conf-seen';

/**
 * brat standoff (brat docs, "Standoff format"): per document `<name>.txt` (the exact text, UTF-8)
 * and `<name>.ann`, named after the document's source file (documentFileStems), with T, A, M, N,
 * R, E, `#` and `*` lines (ann-writer.ts), a mention's entity as an N line of resource Tagwright
 * (entity-lines.ts); offsets in Unicode code points. `annotation.conf` and `visual.conf` come
 * from the schema and what was written (conf-files.ts). Not carried: annotators, times, entities'
 * aliases, `false`/`null` attribute values; line breaks and tabs inside a note or a span's text
 * field become spaces (counted: brat-losses.ts).
 */
export const bratExporter: CorpusExporter = {
  format: 'brat',
  export: exportBrat,
};

function* exportBrat(corpus: ExportCorpus, losses: ExportLosses): Generator<ExportChunk> {
  const seen = new ConfSeen();
  const stemOf = documentFileStems();
  const names = entityNames(corpus.entities);
  for (const doc of corpus.documents) {
    const { document } = doc;
    const stem = stemOf(document);
    yield { file: `${stem}.txt`, text: document.text };
    const converter = createOffsetConverter(document.text);
    const things = selectLabels(doc, corpus.labels);
    tallyBratLosses(things, losses);
    const lines = annLines(things, document.text, converter, seen, names);
    yield { file: `${stem}.ann`, text: lines.length > 0 ? `${lines.join('\n')}\n` : '' };
  }
  yield { file: 'annotation.conf', text: bratAnnotationConf(corpus.schema, corpus.labels, seen) };
  yield { file: 'visual.conf', text: bratVisualConf(corpus.schema, corpus.labels) };
}
