import type { Annotation, Equivalence, Relation, TagwrightEvent } from '../../model';
import { createOffsetConverter, type OffsetConverter } from '../../text/code-points';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { sortAnnotations } from '../corpus/span-fragments';
import { TAGWRIGHT_CORPUS_FORMAT } from './corpus-header';

/**
 * Tagwright JSONL (our own, lossless): a header line (format, version, offset unit, project name,
 * schema, the canonical entities), then one document per line with its text, status, metadata, source, annotations
 * (offsets in Unicode code points, fragments, quote, attributes, modifiers, normalizations, note,
 * comments, the entity it mentions, annotator, times), relations, events and equivalence groups, as the project file has them.
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
    // Left out when there are none: a project without entities exports as it did before them.
    entities: corpus.entities?.length
      ? corpus.entities.map(({ id, name, label, aliases }) => ({ id, name, label, aliases }))
      : undefined,
  };
  yield { file: '', text: `${JSON.stringify(header)}\n` };
  for (const doc of corpus.documents) {
    const { document } = doc;
    const { annotations, relations, events, equivalences } = selectLabels(doc, corpus.labels);
    const converter = createOffsetConverter(document.text);
    const record = {
      id: document.id,
      title: document.title,
      status: document.status,
      metadata: document.metadata,
      source: document.source,
      text: document.text,
      annotations: sortAnnotations(annotations).map((a) => annotationRecord(a, converter)),
      relations: relations.map(relationRecord),
      events: events.map(eventRecord),
      equivalences: equivalences.map(({ id, type, members, annotator }: Equivalence) => ({
        id,
        type,
        members,
        annotator,
      })),
    };
    yield { file: '', text: `${JSON.stringify(record)}\n` };
  }
}

// Each record has one shape (undefined fields are left out by JSON.stringify): V8's fast path.

function annotationRecord(a: Annotation, converter: OffsetConverter) {
  return {
    id: a.id,
    start: converter.toCodePoint(a.start),
    end: converter.toCodePoint(a.end),
    fragments: a.fragments?.map((f) => ({ start: converter.toCodePoint(f.start), end: converter.toCodePoint(f.end) })),
    label: a.label,
    quote: a.quote,
    attributes: a.attributes,
    modifiers: a.modifiers,
    normalizations: a.normalizations,
    note: a.note,
    comments: a.comments,
    entity: a.entity,
    annotator: a.annotator,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

function relationRecord(r: Relation) {
  return { id: r.id, type: r.type, from: r.from, to: r.to, note: r.note, comments: r.comments, annotator: r.annotator };
}

/** An event with its trigger and arguments by the ids of this line's annotations and events. */
function eventRecord(e: TagwrightEvent) {
  return {
    id: e.id,
    type: e.type,
    trigger: e.trigger,
    arguments: e.arguments,
    attributes: e.attributes,
    modifiers: e.modifiers,
    normalizations: e.normalizations,
    note: e.note,
    comments: e.comments,
    annotator: e.annotator,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
