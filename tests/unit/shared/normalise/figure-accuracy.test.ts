import { describe, expect, it } from 'vitest';
import { figureContextAt, normaliseFigure } from '../../../../shared/normalise/figure-value';
import { readRealForms, scoreFigures, type FigureForm } from '../../../support/figure-test-set';

/** The normaliser as the app runs it: the quote, and the words around it in its sentence. */
function normaliseInContext({ quote, context }: FigureForm) {
  const at = context.indexOf(quote);
  return normaliseFigure(quote, figureContextAt(context, at, at + quote.length));
}

describe('the normaliser on real-world forms (tests/fixtures/figures/real-forms.jsonl)', () => {
  const forms = readRealForms();

  it('is a set of at least 150 forms from news, reports and statistics releases, every kind and qualifier', () => {
    expect(forms.length).toBeGreaterThanOrEqual(150);
    expect(new Set(forms.map((f) => f.expected.kind))).toEqual(
      new Set(['count', 'percentage', 'money', 'date', 'duration']),
    );
    expect(new Set(forms.map((f) => f.expected.qualifier))).toEqual(
      new Set(['exact', 'approximate', 'at least', 'at most', 'range']),
    );
  });

  it('gets at least 95% of values and 90% of kinds and qualifiers right', () => {
    const score = scoreFigures(forms, normaliseInContext);
    const share = (right: number) => right / score.forms;
    // The wrong ones are listed when this fails, to see what was missed.
    expect({ value: share(score.value) >= 0.95, wrong: score.wrong }).toMatchObject({ value: true });
    expect(share(score.kind)).toBeGreaterThanOrEqual(0.9);
    expect(share(score.qualifier)).toBeGreaterThanOrEqual(0.9);
  });
});
