import { GOLD_ANNOTATOR, type Annotation, type AttributeMap, type Fragment } from '../model';
import { sharedLength } from '../agreement/span-matching';
import { canonicalJson } from '../merge/json-values';
import { groupedBy } from '../collections/grouped-by';
import { piecesKey, rivalVersions } from './rival-versions';

/**
 * Where a candidate stands: every annotator of the document made it the same way and nobody
 * made a rival version of it (`agreed`), or not (`disputed`), or the curator has dealt with it (`settled`: gold has a span over
 * it, or every version of it was rejected).
 */
export type CandidateState = 'agreed' | 'disputed' | 'settled';

/** One annotator's annotation that is a version of a candidate. */
export interface CandidateVersion {
  annotator: string;
  annotationId: string;
  attributes: AttributeMap;
}

/**
 * One label on one span (the same pieces), as one or more annotators made it: the unit a curator
 * accepts or rejects (INCEpTION's curation shows the same grouping).
 */
export interface CurationCandidate {
  /** Label and pieces: the same in every window and after every reload. */
  key: string;
  label: string;
  start: number;
  end: number;
  fragments?: Fragment[];
  versions: CandidateVersion[];
  /** The annotators who made it, sorted, each once. */
  annotators: string[];
  state: CandidateState;
  /** Annotators of the document who did not make it. */
  missing: string[];
  /** Attributes whose values differ between its versions. */
  differingAttributes: string[];
  /** Keys of other candidates overlapping it (another label or another extent). */
  conflicts: string[];
}

/** A candidate's key: its label and its pieces. */
export function candidateKey(a: Pick<Annotation, 'label' | 'start' | 'end' | 'fragments'>): string {
  return `${a.label}@${piecesKey(a)}`;
}

/**
 * The candidates of one document: its annotators' annotations (gold's are set aside) grouped by
 * label and pieces, in text order, each with its state against the gold layer and the ids the
 * curator rejected. Every annotator annotation is in exactly one candidate, whatever the order given.
 */
export function curationCandidates(
  annotations: readonly Annotation[],
  rejected: readonly string[] = [],
): CurationCandidate[] {
  const gold = annotations.filter((a) => a.annotator === GOLD_ANNOTATOR);
  const theirs = annotations.filter((a) => a.annotator !== GOLD_ANNOTATOR);
  const everyone = [...new Set(theirs.map((a) => a.annotator))].sort();
  const groups = groupedBy(theirs, candidateKey);
  const rejectedIds = new Set(rejected);
  const candidates = [...groups.values()].map((members) => candidateOf(members, everyone)).sort(inTextOrder);
  for (const c of candidates) {
    c.conflicts = candidates.filter((o) => o !== c && overlaps(o, c)).map((o) => o.key);
    const rivalled = candidates.some((o) => rivalVersions(o, c));
    c.state = stateOf(c, gold, rejectedIds, rivalled);
  }
  return candidates;
}

function candidateOf(members: Annotation[], everyone: readonly string[]): CurationCandidate {
  // Sorted so the versions' order, and so the lane a key press accepts, never depends on the input's order.
  const versions = members
    .map((a) => ({ annotator: a.annotator, annotationId: a.id, attributes: a.attributes }))
    .sort((x, y) => compare(x.annotator, y.annotator) || compare(x.annotationId, y.annotationId));
  const annotators = [...new Set(versions.map((v) => v.annotator))];
  const { label, start, end, fragments } = members[0]!;
  return {
    key: candidateKey(members[0]!),
    label,
    start,
    end,
    ...(fragments ? { fragments } : {}),
    versions,
    annotators,
    state: 'disputed',
    missing: everyone.filter((who) => !annotators.includes(who)),
    differingAttributes: differingAttributes(versions.map((v) => v.attributes)),
    conflicts: [],
  };
}

/** The attribute names whose values are not the same in every map (absent counts as a value). */
export function differingAttributes(maps: readonly AttributeMap[]): string[] {
  const names = new Set(maps.flatMap((m) => Object.keys(m)));
  return [...names].filter((name) => new Set(maps.map((m) => canonicalJson(m[name] ?? null))).size > 1).sort();
}

/** Agreed needs no rival version too (rival-versions.ts): accepting either would replace the other in gold. */
function stateOf(
  c: CurationCandidate,
  gold: readonly Annotation[],
  rejected: ReadonlySet<string>,
  rivalled: boolean,
): CandidateState {
  if (gold.some((g) => overlaps(g, c))) return 'settled';
  if (c.versions.every((v) => rejected.has(v.annotationId))) return 'settled';
  return c.missing.length === 0 && c.differingAttributes.length === 0 && !rivalled ? 'agreed' : 'disputed';
}

type Pieces = Pick<Annotation, 'start' | 'end' | 'fragments'>;

const overlaps = (a: Pieces, b: Pieces): boolean => sharedLength(a, b) > 0;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function inTextOrder(a: CurationCandidate, b: CurationCandidate): number {
  return a.start - b.start || b.end - a.end || compare(a.key, b.key);
}
