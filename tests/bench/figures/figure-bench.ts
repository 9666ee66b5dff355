import nlp from 'compromise';
import datesPlugin, { type DatesMethods } from 'compromise-dates';
import { figureContextAt, normaliseFigure } from '../../../shared/normalise/figure-value';
import {
  readRealForms,
  scoreFigures,
  type FigureForm,
  type FigureReader,
  type FigureScore,
} from '../../support/figure-test-set';

nlp.plugin(datesPlugin);
const withDates = nlp as unknown as (text: string) => ReturnType<typeof nlp> & DatesMethods;

/** Tagwright's normaliser as the app runs it: the quote and the words around it. */
const tagwright: FigureReader = ({ quote, context }) => {
  const at = context.indexOf(quote);
  return normaliseFigure(quote, figureContextAt(context, at, at + quote.length));
};

const numbersOf = (view: { found: boolean; get(): unknown }): number[] => {
  const got = view.found ? view.get() : [];
  return Array.isArray(got) ? got.filter((n): n is number => typeof n === 'number') : [];
};

/**
 * compromise (with its numbers and dates) read as generously as we can: its numbers in the quote
 * (two of them a range), a percentage as a share, a date at the precision the expected one has;
 * its kind from what it tags (money, percentage, date, duration, else a count). It has no notion
 * of a qualifier, so none is measured for it.
 */
const compromise: FigureReader = ({ quote, expected }) => {
  const doc = withDates(quote);
  const dates = doc.dates().get() as { start?: string }[];
  if (dates.length > 0 && dates[0]!.start) {
    const precision = typeof expected.value === 'string' ? expected.value.length : 4;
    return { value: dates[0]!.start.slice(0, precision), kind: 'date' };
  }
  const numbers = numbersOf(doc.numbers());
  if (numbers.length === 0) return null;
  const percent = doc.percentages().found;
  const kind = percent
    ? 'percentage'
    : doc.money().found
      ? 'money'
      : (doc.durations().get() as unknown[]).length > 0
        ? 'duration'
        : 'count';
  const shown = numbers.map((n) => (percent ? n / 100 : n));
  if (shown.length === 2) return { value: null, min: shown[0]!, max: shown[1]!, kind };
  return { value: shown[0]!, kind };
};

/** compromise as it comes: the first number it reads in the quote, its kind as above, nothing converted. */
const compromiseAsIs: FigureReader = (form) => {
  const numbers = numbersOf(withDates(form.quote).numbers());
  const read = compromise(form);
  return numbers.length === 0 || read === null ? null : { value: numbers[0]!, kind: read.kind };
};

export interface FigureBenchFigures {
  forms: FigureForm[];
  tagwright: FigureScore;
  /** The forms written before the normaliser was run on them and left as they came out. */
  heldOut: FigureScore;
  compromise: FigureScore;
  compromiseAsIs: FigureScore;
  /** Microseconds per figure, the normaliser alone, best of 3 passes over the set × 20. */
  microsecondsPerFigure: number;
}

/** `setPath`: tests/fixtures/figures/real-forms.jsonl (given, as a bundle does not sit where its source does). */
export function measureFigures(setPath: string): FigureBenchFigures {
  const forms = readRealForms(setPath);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    for (let i = 0; i < 20; i++) for (const form of forms) tagwright(form);
    best = Math.min(best, performance.now() - started);
  }
  return {
    forms,
    tagwright: scoreFigures(forms, tagwright),
    heldOut: scoreFigures(
      forms.filter((f) => f.batch === 'held-out'),
      tagwright,
    ),
    compromise: scoreFigures(forms, compromise),
    compromiseAsIs: scoreFigures(forms, compromiseAsIs),
    microsecondsPerFigure: (best * 1000) / (forms.length * 20),
  };
}
