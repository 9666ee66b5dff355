import type { Annotation } from '../model';
import { annotationFragments } from '../formats/corpus/span-fragments';
import { splitSentences } from '../formats/corpus/text-tokens';
import { countBelow } from '../text/code-points';

/** A token's value when the annotator gave it no label. Not a possible label id (ids hold no parentheses). */
export const NO_LABEL = '(none)';
const NO_LABELS: readonly string[] = [];

/** One document's tokens and, for each annotator, the labels they gave each token (sorted; empty: none). */
export interface TokenLabels {
  count: number;
  of: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/**
 * Tokens are the project's own (shared/formats/corpus/text-tokens.ts: words, numbers and each
 * other character), cut at the start and end of every span compared, so each token lies wholly
 * inside or outside each span. A token inside spans of several labels (overlapping spans) carries
 * all of them.
 */
export function tokenLabels(text: string, byAnnotator: ReadonlyMap<string, readonly Annotation[]>): TokenLabels {
  const pieces = [...byAnnotator.values()].flat().flatMap((a) => annotationFragments(a));
  const tokens = splitSentences(text, pieces).flat();
  const starts = tokens.map((t) => t.start);
  const of = new Map<string, (readonly string[])[]>();
  for (const [annotator, annotations] of byAnnotator) {
    // Most tokens lie in no span: they share one empty list.
    const labels: (readonly string[])[] = tokens.map(() => NO_LABELS);
    for (const a of annotations) {
      for (const f of annotationFragments(a)) {
        for (let k = countBelow(starts, f.start); k < tokens.length && tokens[k]!.end <= f.end; k++) {
          const given = labels[k]!;
          if (!given.includes(a.label)) labels[k] = [...given, a.label].sort();
        }
      }
    }
    of.set(annotator, labels);
  }
  return { count: tokens.length, of };
}

/** A token's value over all labels: its labels together ("actor+claim"), so a token agrees only on the same set. */
export const allLabelsValue = (labels: readonly string[]): string =>
  labels.length === 0 ? NO_LABEL : labels.join('+');

/** A token's value for one label, from its value over all labels: the label, or NO_LABEL. */
export const oneLabelValue = (allLabels: string, label: string): string =>
  allLabels === label || allLabels.split('+').includes(label) ? label : NO_LABEL;
