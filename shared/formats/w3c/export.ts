import type { Annotation, Entity } from '../../model';
import { createOffsetConverter, type OffsetConverter } from '../../text/code-points';
import { selectLabels, type CorpusExporter, type ExportCorpus, type ExportChunk } from '../corpus/corpus-export';
import { annotationFragments, sortAnnotations } from '../corpus/span-fragments';
import { isInsideSurrogatePair } from '../../text/surrogate-pairs';
import { tagwrightIri } from './w3c-iri';
import { equivalenceItem, eventItems } from './event-items';
import { remarkBodies } from './remark-bodies';
import { entityBody } from './entity-body';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of context a TextQuoteSelector keeps on each side. */
const QUOTE_CONTEXT = 32;

/**
 * W3C Web Annotation Data Model as JSON-LD (https://www.w3.org/TR/annotation-model/): one
 * `AnnotationCollection` whose first `AnnotationPage` holds every annotation. Each targets its
 * document (`urn:tagwright:document:<id>`) with a `TextQuoteSelector` (exact, prefix, suffix) and a
 * `TextPositionSelector` (start/end in Unicode code points); a discontinuous span has one target per
 * fragment. Bodies: the label (purpose `tagging`), the note and comments (`commenting`), attributes
 * as JSON (`describing`), normalizations and the entity it mentions (`identifying`); creator and times are kept. Relations are
 * `linking` annotations whose target is the source annotation and whose body names the target
 * annotation. Events and equivalence groups: event-items.ts. The collection's `total` counts every
 * annotation in it, relations', events' and groups' included. Document texts are not carried.
 */
export const w3cExporter: CorpusExporter = {
  format: 'w3c',
  export: exportW3c,
};

function* exportW3c(corpus: ExportCorpus): Generator<ExportChunk> {
  const head = {
    '@context': W3C_CONTEXT,
    id: tagwrightIri.project(corpus.projectId),
    type: 'AnnotationCollection',
    label: corpus.projectName,
  };
  const opening = JSON.stringify(head).slice(0, -1);
  yield { file: '', text: `${opening},"first":{"type":"AnnotationPage","startIndex":0,"items":[` };
  let first = true;
  // Counted as written and put after the page (JSON keys have no order), so `total` is exact
  // with a label filter too, and never read ahead of the stream.
  let total = 0;
  const entities = new Map((corpus.entities ?? []).map((e) => [e.id, e]));
  for (const doc of corpus.documents) {
    const { annotations, relations, events, equivalences } = selectLabels(doc, corpus.labels);
    const converter = createOffsetConverter(doc.document.text);
    const items: string[] = [];
    for (const a of sortAnnotations(annotations))
      items.push(JSON.stringify(w3cAnnotation(a, doc.document.text, converter, entities.get(a.entity ?? ''))));
    for (const r of relations) {
      items.push(
        JSON.stringify({
          id: tagwrightIri.relation(r.id),
          type: 'Annotation',
          motivation: 'linking',
          ...(r.annotator ? { creator: { type: 'Person', name: r.annotator } } : {}),
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: r.type },
            { type: 'SpecificResource', purpose: 'linking', source: tagwrightIri.annotation(r.to) },
            ...remarkBodies(r),
          ],
          target: tagwrightIri.annotation(r.from),
        }),
      );
    }
    for (const e of events) for (const item of eventItems(e)) items.push(JSON.stringify(item));
    for (const g of equivalences) items.push(JSON.stringify(equivalenceItem(g)));
    if (items.length === 0) continue;
    total += items.length;
    yield { file: '', text: `${first ? '\n' : ',\n'}${items.join(',\n')}` };
    first = false;
  }
  yield { file: '', text: `\n]},"total":${total}}\n` };
}

function w3cAnnotation(a: Annotation, text: string, converter: OffsetConverter, entity: Entity | undefined) {
  const source = tagwrightIri.document(a.documentId);
  const targets = annotationFragments(a).map((f) => ({
    source,
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(f.start, f.end),
        prefix: text.slice(safeBoundary(text, f.start - QUOTE_CONTEXT), f.start),
        suffix: text.slice(f.end, safeBoundary(text, f.end + QUOTE_CONTEXT)),
      },
      { type: 'TextPositionSelector', start: converter.toCodePoint(f.start), end: converter.toCodePoint(f.end) },
    ],
  }));
  const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: a.label }, ...remarkBodies(a)];
  if (entity) body.push(entityBody(entity));
  return {
    id: tagwrightIri.annotation(a.id),
    type: 'Annotation',
    motivation: 'tagging',
    created: a.createdAt,
    modified: a.updatedAt,
    ...(a.annotator ? { creator: { type: 'Person', name: a.annotator } } : {}),
    body,
    target: targets.length === 1 ? targets[0] : targets,
  };
}

/** Clamps an offset into the text and off the middle of a surrogate pair. */
function safeBoundary(text: string, offset: number): number {
  const clamped = Math.max(0, Math.min(text.length, offset));
  return isInsideSurrogatePair(text, clamped) ? clamped + 1 : clamped;
}
