import { GOLD_ANNOTATOR, type Annotation, type Annotator, type DocumentCuration } from '../model';
import { curationCandidates, type CurationCandidate } from './curation-candidates';

/** One annotator's spans in the document, in text order: a lane of the Curation view. */
export interface CurationLane {
  annotator: string;
  name: string;
  annotations: Annotation[];
}

/** What the Curation view shows of one document (getCuration): lanes, candidates, gold, the record. */
export interface CurationView {
  documentId: string;
  /** The annotators' lanes, by annotator id; gold is apart. */
  lanes: CurationLane[];
  gold: Annotation[];
  candidates: CurationCandidate[];
  /** Null until the first accept, reject or status. */
  record: DocumentCuration | null;
  progress: { settled: number; total: number };
}

/** The Curation view of one document from its annotations, the project's annotators and its record. */
export function curationView(
  documentId: string,
  annotations: readonly Annotation[],
  annotators: readonly Annotator[],
  record: DocumentCuration | null,
): CurationView {
  const ordered = [...annotations].sort((a, b) => a.start - b.start || b.end - a.end);
  const names = new Map(annotators.map((a) => [a.id, a.name]));
  const ids = [...new Set(ordered.map((a) => a.annotator).filter((id) => id !== GOLD_ANNOTATOR))].sort();
  const candidates = curationCandidates(ordered, record?.rejected ?? []);
  return {
    documentId,
    lanes: ids.map((id) => ({
      annotator: id,
      name: names.get(id) || id,
      annotations: ordered.filter((a) => a.annotator === id),
    })),
    gold: ordered.filter((a) => a.annotator === GOLD_ANNOTATOR),
    candidates,
    record,
    progress: { settled: candidates.filter((c) => c.state === 'settled').length, total: candidates.length },
  };
}
