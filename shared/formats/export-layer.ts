import type { EventArgument } from '../model';
import { selectLabels, type ExportDocument, type SelectedThings } from './corpus/corpus-export';
import { layerAnnotator, type ExportLayer } from './export-job';

/**
 * One document's things of one layer: the annotator's annotations, and their relations, events and
 * groups whose ends are all in the layer (a relation the annotator drew to a colleague's span has
 * no end in this layer's file, so it stays out). The `all` layer is the document as it is.
 */
export function selectLayer(doc: ExportDocument, layer: ExportLayer): ExportDocument {
  const annotator = layerAnnotator(layer);
  return annotator === null ? doc : layerOf(doc, annotator);
}

function layerOf(doc: ExportDocument, annotator: string): ExportDocument {
  const annotations = doc.annotations.filter((a) => a.annotator === annotator);
  const ids = new Set(annotations.map((a) => a.id));
  const ownEvents = (doc.events ?? []).filter((e) => e.annotator === annotator && ids.has(e.trigger));
  // An event may point at another event: keep only those whose event arguments are kept too,
  // until nothing more falls out (a chain of events pointing at a dropped one).
  let events = ownEvents;
  for (;;) {
    const eventIds = new Set(events.map((e) => e.id));
    const inLayer = (a: EventArgument) => (a.targetKind === 'event' ? eventIds : ids).has(a.target);
    const kept = events.filter((e) => e.arguments.every(inLayer));
    if (kept.length === events.length) break;
    events = kept;
  }
  return {
    document: doc.document,
    annotations,
    relations: doc.relations.filter((r) => r.annotator === annotator && ids.has(r.from) && ids.has(r.to)),
    events,
    equivalences: (doc.equivalences ?? []).filter(
      (g) => g.annotator === annotator && g.members.every((m) => ids.has(m)),
    ),
  };
}

/**
 * The layers of a document: the annotator ids of its annotations, first seen first. A relation,
 * event or group makes no layer of its own: without spans of its annotator it has no end there
 * (an unsigned relation between one annotator's spans is theirs as it always was).
 */
export function documentAnnotators(doc: Pick<ExportDocument, 'annotations'>): string[] {
  return [...new Set(doc.annotations.map((a) => a.annotator))];
}

/** One annotator's part of a document, for a format that writes each annotator's work apart. */
export interface AnnotatorPart {
  annotator: string;
  things: SelectedThings;
}

/**
 * A document's things of the chosen labels split by annotator (every one of `annotators`, even
 * with nothing in this document, so each annotator's files hold every document), and how many
 * relations, events and groups are in no part: those linking two annotators' work, or another's
 * work to theirs (a format that carries the kind counts them as `cross-layer-links`).
 */
export function annotatorParts(
  doc: ExportDocument,
  labels: readonly string[] | undefined,
  annotators: readonly string[],
): { parts: AnnotatorPart[]; unplaced: { relations: number; events: number; equivalences: number } } {
  const chosen = { document: doc.document, ...selectLabels(doc, labels) };
  const parts = annotators.map((annotator) => {
    const { annotations, relations, events = [], equivalences = [] } = layerOf(chosen, annotator);
    return { annotator, things: { annotations, relations, events, equivalences } };
  });
  const placed = (count: (things: SelectedThings) => number) => parts.reduce((n, p) => n + count(p.things), 0);
  return {
    parts,
    unplaced: {
      relations: chosen.relations.length - placed((t) => t.relations.length),
      events: chosen.events.length - placed((t) => t.events.length),
      equivalences: chosen.equivalences.length - placed((t) => t.equivalences.length),
    },
  };
}
