import { createOffsetConverter } from '../../text/code-points';
import {
  selectLabels,
  type CorpusExporter,
  type ExportChunk,
  type ExportCorpus,
  type ExportDocument,
  type SelectedThings,
} from '../corpus/corpus-export';
import type { ExportLosses } from '../corpus/export-losses';
import { annotatorFileStems, documentFileStems } from '../corpus/document-file-stems';
import { annotatorParts } from '../export-layer';
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
 * from the schema and what was written (conf-files.ts). brat has no annotator field: when the
 * export keeps several annotators apart (`corpus.annotators`), each gets a folder of its own
 * (`<annotator>/`, annotatorFileStems) holding every document with that annotator's work and its
 * own conf files, so each folder opens in brat as a collection. Not carried: times, entities'
 * aliases, `false`/`null` attribute values, annotators of a one-folder export; line breaks and
 * tabs inside a note or a span's text field become spaces (counted: brat-losses.ts).
 */
export const bratExporter: CorpusExporter = {
  format: 'brat',
  export: exportBrat,
};

/** One collection being written: its folder ('' for the export's own), whose work, what its lines used. */
interface Collection {
  folder: string;
  annotator?: string;
  seen: ConfSeen;
}

function* exportBrat(corpus: ExportCorpus, losses: ExportLosses): Generator<ExportChunk> {
  const stemOf = documentFileStems();
  const names = entityNames(corpus.entities);
  const collections: Collection[] = corpus.annotators
    ? [...annotatorFileStems(corpus.annotators)].map(([annotator, stem]) => ({
        folder: `${stem}/`,
        annotator,
        seen: new ConfSeen(),
      }))
    : [{ folder: '', seen: new ConfSeen() }];
  for (const doc of corpus.documents) {
    const { document } = doc;
    const stem = stemOf(document);
    const converter = createOffsetConverter(document.text);
    for (const [i, things] of collectionThings(doc, corpus, losses).entries()) {
      const { folder, annotator, seen } = collections[i]!;
      const tag = annotator === undefined ? {} : { annotator };
      yield { file: `${folder}${stem}.txt`, text: document.text, ...tag };
      tallyBratLosses(things, losses);
      const lines = annLines(things, document.text, converter, seen, names);
      yield { file: `${folder}${stem}.ann`, text: lines.length > 0 ? `${lines.join('\n')}\n` : '', ...tag };
    }
  }
  for (const { folder, annotator, seen } of collections) {
    const tag = annotator === undefined ? {} : { annotator };
    yield { file: `${folder}annotation.conf`, text: bratAnnotationConf(corpus.schema, corpus.labels, seen), ...tag };
    yield { file: `${folder}visual.conf`, text: bratVisualConf(corpus.schema, corpus.labels), ...tag };
  }
}

/** A document's things for each collection: all of them, or each annotator's (links between two annotators' work counted lost). */
function collectionThings(doc: ExportDocument, corpus: ExportCorpus, losses: ExportLosses): SelectedThings[] {
  if (!corpus.annotators) return [selectLabels(doc, corpus.labels)];
  const { parts, unplaced } = annotatorParts(doc, corpus.labels, corpus.annotators);
  losses.add('cross-layer-links', unplaced.relations + unplaced.events + unplaced.equivalences);
  return parts.map((p) => p.things);
}
