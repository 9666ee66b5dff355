import { describe, expect, it } from 'vitest';
import { scoreSuggestions, totalScores } from '../../../../shared/suggest/suggestion-scores';

// "Barack Obama paid $5 million on May 6 to Haiti."  (offsets by hand)
const gold = [
  { start: 0, end: 12, label: 'actor' }, // Barack Obama
  { start: 18, end: 28, label: 'figure' }, // $5 million
  { start: 32, end: 37, label: 'event' }, // May 6
  { start: 41, end: 46, label: 'actor' }, // Haiti
];
const suggested = [
  { start: 7, end: 12, label: 'actor' }, // Obama: overlaps, not exact
  { start: 18, end: 28, label: 'figure' }, // exact
  { start: 19, end: 20, label: 'figure' }, // 5: a second figure over the same gold span
  { start: 41, end: 46, label: 'event' }, // Haiti as an event: wrong label
];

describe('scoreSuggestions', () => {
  it('counts exact matches per label: precision, recall and F1 from them', () => {
    expect(scoreSuggestions(gold, suggested)).toEqual([
      { label: 'actor', truePositives: 0, falsePositives: 1, falseNegatives: 2, precision: 0, recall: 0, f1: 0 },
      { label: 'figure', truePositives: 1, falsePositives: 1, falseNegatives: 0, precision: 0.5, recall: 1, f1: 2 / 3 },
      { label: 'event', truePositives: 0, falsePositives: 1, falseNegatives: 1, precision: 0, recall: 0, f1: 0 },
    ]);
  });

  it('with overlap matching, a gold span is taken once, by the first suggestion over it', () => {
    const scores = scoreSuggestions(gold, suggested, 'overlap');
    expect(scores.map((s) => [s.label, s.truePositives, s.falsePositives, s.falseNegatives])).toEqual([
      ['actor', 1, 0, 1],
      ['figure', 1, 1, 0],
      ['event', 0, 1, 1],
    ]);
  });

  it('adds texts up before dividing (micro average)', () => {
    const [actor] = totalScores([scoreSuggestions(gold, suggested, 'overlap'), scoreSuggestions(gold, gold)]);
    expect(actor).toEqual({
      label: 'actor',
      truePositives: 3,
      falsePositives: 0,
      falseNegatives: 1,
      precision: 1,
      recall: 0.75,
      f1: 6 / 7,
    });
  });
});
