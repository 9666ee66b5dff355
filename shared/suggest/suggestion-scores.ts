import type { LabelledSpan } from './document-suggestions';

/** How well suggestions of one label match a hand-made gold standard. */
export interface LabelScore {
  label: string;
  /** Suggestions that match a gold span. */
  truePositives: number;
  /** Suggestions that match none. */
  falsePositives: number;
  /** Gold spans no suggestion matches. */
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * How a suggestion matches a gold span of its label: `exact`, the same start and end; `overlap`,
 * at least one character in common (each gold span matched once, the first overlapping
 * suggestion in text order taking it).
 */
export type SpanMatch = 'exact' | 'overlap';

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/**
 * Precision, recall and F1 per label of `suggested` against `gold` (both of one text), labels in
 * the order they first appear in the gold, then in the suggestions.
 */
export function scoreSuggestions(
  gold: readonly LabelledSpan[],
  suggested: readonly LabelledSpan[],
  match: SpanMatch = 'exact',
): LabelScore[] {
  const labels = [...new Set([...gold, ...suggested].map((s) => s.label))];
  return labels.map((label) => {
    const expected = gold.filter((g) => g.label === label);
    const unmatched = new Set(expected);
    let truePositives = 0;
    for (const s of [...suggested].filter((x) => x.label === label).sort((a, b) => a.start - b.start)) {
      const hit = [...unmatched].find((g) =>
        match === 'exact' ? g.start === s.start && g.end === s.end : g.start < s.end && s.start < g.end,
      );
      if (!hit) continue;
      unmatched.delete(hit);
      truePositives++;
    }
    const predicted = suggested.filter((s) => s.label === label).length;
    return scoreOf(label, truePositives, predicted - truePositives, unmatched.size);
  });
}

/** Adds up the counts of several texts' scores (micro-averaged), per label. */
export function totalScores(scores: readonly LabelScore[][]): LabelScore[] {
  const totals = new Map<string, [number, number, number]>();
  for (const s of scores.flat()) {
    const [tp, fp, fn] = totals.get(s.label) ?? [0, 0, 0];
    totals.set(s.label, [tp + s.truePositives, fp + s.falsePositives, fn + s.falseNegatives]);
  }
  return [...totals].map(([label, [tp, fp, fn]]) => scoreOf(label, tp, fp, fn));
}

function scoreOf(label: string, truePositives: number, falsePositives: number, falseNegatives: number): LabelScore {
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  const f1 = ratio(2 * precision * recall, precision + recall);
  return { label, truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}
