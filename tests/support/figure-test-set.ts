import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FigureValues } from '../../shared/normalise/figure-proposal';

/** What a figure is expected to normalise to (the CLI's shape). */
export type ExpectedFigure = FigureValues;

/** One form of tests/fixtures/figures/real-forms.jsonl: a quote inside its sentence and what it says. */
export interface FigureForm {
  /** Where the sentence's phrasing comes from (docs/figures.md says more). */
  source: string;
  /** first: written with the normaliser; second: written before running it, then fixed; held-out: run once, as is. */
  batch: 'first' | 'second' | 'held-out';
  context: string;
  quote: string;
  expected: ExpectedFigure;
}

/** What a normaliser under test answers for a quote in its sentence: the measured fields, or null. */
export type FigureReader = (
  form: FigureForm,
) => Partial<Pick<ExpectedFigure, 'value' | 'min' | 'max' | 'kind' | 'qualifier'>> | null;

export const realFormsPath = resolve(import.meta.dirname, '../fixtures/figures/real-forms.jsonl');

/** The test set; a line that is not a form, or a quote not in its sentence, is an error naming the line. */
export function readRealForms(path = realFormsPath): FigureForm[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      const form = JSON.parse(line) as FigureForm;
      if (typeof form.quote !== 'string' || !form.context?.includes(form.quote) || !form.expected)
        throw new Error(`${path}:${i + 1}: a form needs a quote found in its context, and what is expected`);
      return [form];
    });
}

/** Numbers equal to the last representable digit or so (0.1 + 0.2 is 0.3 here). */
const same = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

export interface FigureScore {
  forms: number;
  /** Value right: value, min and max all as expected (a range's two ends, a date's ISO string). */
  value: number;
  kind: number;
  qualifier: number;
  /** The forms with something wrong, for a failing test to show. */
  wrong: { quote: string; got: unknown; expected: ExpectedFigure }[];
}

/** How many forms a reader gets right, measure by measure. */
export function scoreFigures(forms: readonly FigureForm[], read: FigureReader): FigureScore {
  const score: FigureScore = { forms: forms.length, value: 0, kind: 0, qualifier: 0, wrong: [] };
  for (const form of forms) {
    const got = read(form);
    const { expected } = form;
    const value = got !== null && (['value', 'min', 'max'] as const).every((f) => same(got[f] ?? null, expected[f]));
    const kind = got?.kind === expected.kind;
    const qualifier = got?.qualifier === expected.qualifier;
    score.value += Number(value);
    score.kind += Number(kind);
    score.qualifier += Number(qualifier);
    if (!value || !kind || !qualifier) score.wrong.push({ quote: form.quote, got, expected });
  }
  return score;
}
