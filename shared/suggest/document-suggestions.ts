import type { AnnotationSchema, Label } from '../model';
import { figureAttributesAt } from '../normalise/figure-attributes';
import { groupedBy } from '../collections/grouped-by';
import { isInsideSurrogatePair } from '../text/surrogate-pairs';
import type { TextSpan } from '../text/text-span';
import { DisjointSpans, OverlapLookup } from './span-overlaps';
import { suggestionId, type Suggestion, type SuggestionCandidate, type SuggestionSource } from './suggestion';

/** A labelled span already in the document, or one the user rejected: what suggestions must not repeat. */
export interface LabelledSpan extends TextSpan {
  label: string;
}

export interface DocumentSuggestionInput {
  text: string;
  schema: AnnotationSchema;
  /** The document's annotations. */
  annotations: readonly LabelledSpan[];
  /** The suggestions the user rejected in this document: they never come back. */
  rejections: readonly LabelledSpan[];
  /** In order of trust: where two sources propose overlapping spans of one label, the earlier wins. */
  sources: readonly SuggestionSource[];
}

/**
 * The suggestions for one document: every source's candidates, checked (inside the text, whole
 * characters, a label of the schema), without the rejected ones, the spans already annotated
 * (with any label) and those overlapping an annotation of their label. Of candidates of one
 * label that overlap, one stays: one inside another gives way to it ("five" to "five million",
 * "Hajizada" to "Aykhan Hajizada"); of the rest, the more trusted source's, then the longer,
 * then the earlier.
 * A figure's value, unit and qualifier are filled in by the normaliser. In text order
 * (start, longer first, label id), the same for the same input.
 */
export function suggestForDocument(input: DocumentSuggestionInput): Suggestion[] {
  const { text, schema } = input;
  const labels = new Map(schema.labels.map((l) => [l.id, l]));
  const rejected = new Set(input.rejections.map((r) => suggestionId(r.start, r.end, r.label)));
  const annotatedSpans = new Set(input.annotations.map((a) => spanKey(a)));
  const annotatedByLabel = groupByLabel(input.annotations);

  const ranked = withoutContained(
    input.sources.flatMap((source, rank) => source.candidates(text).map((candidate) => ({ candidate, rank }))),
  )
    .filter(({ candidate: c }) => isWholeSpan(text, c) && labels.has(c.label))
    .filter(({ candidate: c }) => !rejected.has(suggestionId(c.start, c.end, c.label)))
    .filter(
      ({ candidate: c }) => !annotatedSpans.has(spanKey(c)) && !annotatedByLabel.get(c.label)?.overlaps(c.start, c.end),
    )
    .sort(
      (x, y) => x.rank - y.rank || length(y.candidate) - length(x.candidate) || x.candidate.start - y.candidate.start,
    );

  const kept = new Map<string, DisjointSpans>();
  const suggestions: Suggestion[] = [];
  for (const { candidate } of ranked) {
    let taken = kept.get(candidate.label);
    if (!taken) kept.set(candidate.label, (taken = new DisjointSpans()));
    if (taken.tryAdd(candidate.start, candidate.end))
      suggestions.push(complete(text, candidate, labels.get(candidate.label)!));
  }
  return suggestions.sort(inTextOrder);
}

/** Without the candidates lying inside a longer one of their label (the same span twice stays). */
function withoutContained<T extends { candidate: SuggestionCandidate }>(ranked: T[]): T[] {
  return [...groupedBy(ranked, (r) => r.candidate.label).values()].flatMap((list) => {
    // Start first, longer first: a candidate is inside another exactly when one before it reaches as far.
    list.sort((x, y) => x.candidate.start - y.candidate.start || y.candidate.end - x.candidate.end);
    let reach = -1;
    let reachStart = -1;
    return list.filter(({ candidate: { start, end } }) => {
      const inside = end <= reach && !(start === reachStart && end === reach);
      if (end > reach) [reach, reachStart] = [end, start];
      return !inside;
    });
  });
}

function complete(text: string, candidate: SuggestionCandidate, label: Label): Suggestion {
  const { start, end } = candidate;
  return {
    ...candidate,
    id: suggestionId(start, end, candidate.label),
    text: text.slice(start, end),
    attributes: figureAttributesAt(label, text, start, end)?.attributes ?? {},
  };
}

/** Inside the text, not empty, not cutting a character (an emoji) in half, not only whitespace. */
function isWholeSpan(text: string, { start, end }: TextSpan): boolean {
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end > start &&
    end <= text.length &&
    !isInsideSurrogatePair(text, start) &&
    !isInsideSurrogatePair(text, end) &&
    /\S/u.test(text.slice(start, end))
  );
}

function groupByLabel(spans: readonly LabelledSpan[]): Map<string, OverlapLookup> {
  const byLabel = groupedBy(spans, (s) => s.label);
  return new Map([...byLabel].map(([label, list]) => [label, new OverlapLookup(list)]));
}

const spanKey = (s: TextSpan): string => `${s.start}-${s.end}`;
const length = (s: TextSpan): number => s.end - s.start;

function inTextOrder(a: Suggestion, b: Suggestion): number {
  return a.start - b.start || b.end - a.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);
}
