import type { Annotation, Relation } from '../model';
import { sortAnnotations } from '../formats/corpus/span-fragments';
import { documentContinuum, pairContinuum } from './document-continuum';
import type { ProjectTallies } from './project-tallies';
import { matchedRelationCount } from './relation-matching';
import { exactMatchCount, matchByOverlap } from './span-matching';
import { SpanTally, type LabelledTally } from './span-tally';
import { allLabelsValue, oneLabelValue, tokenLabels } from './token-labels';
import { ValueCombinations } from './value-combinations';

/** A document as agreement reads it: its text, every annotation and relation in it. */
export interface AgreementDocument {
  id: string;
  title: string;
  text: string;
  annotations: readonly Annotation[];
  relations: readonly Relation[];
}

/** One document's comparison: who worked on it (in order), its annotations of the labels compared by annotator and label (in reading order), the tallies it adds to and its own. */
interface Comparison {
  doc: AgreementDocument;
  participants: readonly string[];
  labels: readonly string[];
  byLabel: ReadonlyMap<string, ReadonlyMap<string, readonly Annotation[]>>;
  tallies: ProjectTallies;
  own: SpanTally;
}

/**
 * Tallies one document that two annotators or more (`participants`, in order) worked on: every
 * pair's span matches, attributes and relations, then every token as a unit, then its characters
 * as a continuum (the unitised alpha). Adds the
 * document's own row (its token alpha and overlap F1) to the report.
 */
export function compareDocument(
  doc: AgreementDocument,
  participants: readonly string[],
  labels: readonly string[],
  tallies: ProjectTallies,
): void {
  const byLabel = new Map(participants.map((p) => [p, new Map(labels.map((l) => [l, [] as Annotation[]]))]));
  for (const a of sortAnnotations(doc.annotations)) byLabel.get(a.annotator)?.get(a.label)?.push(a);
  const comparison: Comparison = { doc, participants, labels, byLabel, tallies, own: new SpanTally(null) };
  comparePairs(comparison);
  compareTokens(comparison);
  compareContinuum(comparison);
  const { tokenAlpha, overlapF1 } = comparison.own.result();
  tallies.addDocument({ id: doc.id, title: doc.title, annotators: participants.length, tokenAlpha, overlapF1 });
}

/** The document's characters as a continuum of the group's unitised alpha (for the annotators who worked on it) and each pair's. */
function compareContinuum({ doc, participants, byLabel, tallies }: Comparison): void {
  const continuum = documentContinuum(doc.text, everyAnnotation(byLabel));
  tallies.unitisedDocument(participants).add(continuum);
  forEachPair(participants, (a, b) => tallies.pair(a, b).unitised.add(pairContinuum(continuum, a, b)));
}

/** Each pair's spans, label by label: exact and overlap matches; the attributes and relations of the matched spans. */
function comparePairs({ doc, participants, labels, byLabel, tallies, own }: Comparison): void {
  forEachPair(participants, (a, b) => {
    const pair = tallies.pair(a, b);
    pair.documents++;
    const matched: [Annotation, Annotation][] = [];
    for (const label of labels) {
      const spansA = byLabel.get(a)!.get(label)!;
      const spansB = byLabel.get(b)!.get(label)!;
      const overlapping = matchByOverlap(spansA, spansB);
      const counts = {
        reference: spansA.length,
        other: spansB.length,
        exact: exactMatchCount(spansA, spansB),
        overlap: overlapping.length,
      };
      const scopes = [
        pair.spans.label(label),
        pair.spans.overall,
        tallies.group.label(label),
        tallies.group.overall,
        own,
      ];
      for (const tally of scopes) tally.addSpans(counts);
      tallies.attributes.add(a, b, overlapping);
      matched.push(...overlapping);
    }
    const relationsA = relationsWithin(doc.relations, byLabel.get(a)!);
    const relationsB = relationsWithin(doc.relations, byLabel.get(b)!);
    pair.relations.reference += relationsA.length;
    pair.relations.other += relationsB.length;
    pair.relations.matched += matchedRelationCount(relationsA, relationsB, matched);
  });
}

/**
 * Every token a unit of the group's, each pair's and the document's own token measures, over all
 * labels and for each label. Tokens are first counted by their values over all labels (a
 * document has few distinct combinations); each combination is then added once with its count,
 * for one label narrowed to that label, for a pair narrowed to the two (everyone who took part
 * gives every token of the document a value).
 */
function compareTokens({ doc, participants, labels, byLabel, tallies, own }: Comparison): void {
  const tokens = tokenLabels(doc.text, everyAnnotation(byLabel));
  const labelsOf = participants.map((p) => tokens.of.get(p)!);
  const combinations = new ValueCombinations();
  for (let k = 0; k < tokens.count; k++) combinations.count(labelsOf.map((given) => allLabelsValue(given[k]!)));
  const scopes = [
    { group: tallies.group.overall, own, pairScope: (t: LabelledTally) => t.overall, valueOf: (v: string) => v },
    ...labels.map((label) => ({
      group: tallies.group.label(label),
      own: null,
      pairScope: (t: LabelledTally) => t.label(label),
      valueOf: (v: string) => oneLabelValue(v, label),
    })),
  ];
  for (const { values, times } of combinations) {
    for (const scope of scopes) {
      const unit = new Map(participants.map((p, i) => [p, scope.valueOf(values[i]!)]));
      scope.group.addTokens(unit, times);
      scope.own?.addTokens(unit, times);
      forEachPair(participants, (a, b) =>
        scope.pairScope(tallies.pair(a, b).spans).addTokens(pairUnit(unit, a, b), times),
      );
    }
  }
}

/** Each annotator's annotations of every label compared. */
const everyAnnotation = (byLabel: Comparison['byLabel']) =>
  new Map([...byLabel].map(([p, m]) => [p, [...m.values()].flat()]));

function forEachPair(participants: readonly string[], visit: (a: string, b: string) => void): void {
  for (let i = 0; i < participants.length; i++) {
    for (let j = i + 1; j < participants.length; j++) visit(participants[i]!, participants[j]!);
  }
}

const pairUnit = (unit: ReadonlyMap<string, string>, a: string, b: string) =>
  new Map([
    [a, unit.get(a)!],
    [b, unit.get(b)!],
  ]);

/** The relations whose two ends are both among `annotations` (one annotator's, in the labels compared). */
function relationsWithin(relations: readonly Relation[], annotations: ReadonlyMap<string, readonly Annotation[]>) {
  const ids = new Set([...annotations.values()].flat().map((a) => a.id));
  return relations.filter((r) => ids.has(r.from) && ids.has(r.to));
}
