import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseFigure } from '../../../../shared/normalise/figure-value';
import type { FigureValues } from '../../../../shared/normalise/figure-proposal';
import { fig, normalised } from '../../../support/figure-values';

describe('ranges fill min and max, and leave value null', () => {
  it.each<[string, FigureValues]>([
    [
      'between 20 and 30 per cent',
      fig({ min: 0.2, max: 0.3, unit: 'percent', kind: 'percentage', qualifier: 'range' }),
    ],
    ['20-30%', fig({ min: 0.2, max: 0.3, unit: 'percent', kind: 'percentage', qualifier: 'range' })],
    ['20%–30%', fig({ min: 0.2, max: 0.3, unit: 'percent', kind: 'percentage', qualifier: 'range' })],
    ['20% to 30%', fig({ min: 0.2, max: 0.3, unit: 'percent', kind: 'percentage', qualifier: 'range' })],
    ['from 1.5 to 2 million', fig({ min: 1500000, max: 2000000, qualifier: 'range' })],
    ['one to two million people', fig({ min: 1000000, max: 2000000, unit: 'people', qualifier: 'range' })],
    ['900 to 1.2 million', fig({ min: 900, max: 1200000, qualifier: 'range' })],
    ['$2-3bn', fig({ min: 2000000000, max: 3000000000, unit: 'USD', kind: 'money', qualifier: 'range' })],
    ['between 500 and 700 mines', fig({ min: 500, max: 700, unit: 'mines', qualifier: 'range' })],
    ['1992-1994', fig({ min: 1992, max: 1994, kind: 'date', qualifier: 'range' })],
    ['10-15 years', fig({ min: 10, max: 15, unit: 'years', kind: 'duration', qualifier: 'range' })],
  ])('%s', (quote, expected) => {
    expect(normalised(quote)).toEqual(expected);
  });

  it('are not read from "and" without "between", nor from a higher first number', () => {
    expect(normalised('20 and 30')).toBeNull();
    expect(normalised('30-20')).toBeNull();
  });
});

describe('qualifiers', () => {
  it.each<[string, FigureValues['qualifier']]>([
    ['more than 3,400', 'at least'],
    ['over a million', 'at least'],
    ['in excess of 200', 'at least'],
    ['3,400 or more', 'at least'],
    ['at least 20', 'at least'],
    ['about 500', 'approximate'],
    ['some 400', 'approximate'],
    ['nearly 4,000', 'approximate'],
    ['around 12%', 'approximate'],
    ['an estimated 2 million', 'approximate'],
    ['c. 5,000', 'approximate'],
    ['up to 30%', 'at most'],
    ['no more than 10', 'at most'],
    ['fewer than 10', 'at most'],
    ['less than half', 'at most'],
    ['12', 'exact'],
  ])('%s → %s', (quote, qualifier) => {
    expect(normalised(quote)?.qualifier).toBe(qualifier);
  });

  it('keeps the hedge word, for labels that still offer the first qualifier choices', () => {
    expect(normaliseFigure('more than 3,400')?.hedge).toBe('over');
    expect(normaliseFigure('nearly 4,000')?.hedge).toBe('nearly');
    expect(normaliseFigure('4,000')?.hedge).toBeNull();
  });
});

describe('money takes its currency code as unit', () => {
  it.each<[string, number, string]>([
    ['$1.5bn', 1500000000, 'USD'],
    ['€20 million', 20000000, 'EUR'],
    ['300,000 manats', 300000, 'AZN'],
    ['USD 2 million', 2000000, 'USD'],
    ['US$2m', 2000000, 'USD'],
    ['£3.2 billion', 3200000000, 'GBP'],
    ['2 million US dollars', 2000000, 'USD'],
    ['5,000 drams', 5000, 'AMD'],
    ['₼ 1,000', 1000, 'AZN'],
    ['20 EUR', 20, 'EUR'],
  ])('%s', (quote, value, unit) => {
    expect(normalised(quote)).toEqual(fig({ value, unit, kind: 'money' }));
  });
});

describe('dates are ISO strings as precise as the text', () => {
  it.each<[string, string, string?]>([
    ['in 1994', '1994'],
    ['1994', '1994', 'in '],
    ['May 2021', '2021-05'],
    ['12 March 2020', '2020-03-12'],
    ['12th of March 2020', '2020-03-12'],
    ['March 12, 2020', '2020-03-12'],
    ['2020-03-12', '2020-03-12'],
    ['on 5 June', '--06-05'],
  ])('%s', (quote, value, before) => {
    expect(normalised(quote, { before })).toEqual(fig({ value, kind: 'date' }));
  });

  it('a year that counts something is a count; "may" the verb is no month', () => {
    expect(normalised('2000 people')).toEqual(fig({ value: 2000, unit: 'people' }));
    expect(normalised('may 2021')?.value).toBe('2021');
  });
});

describe('durations', () => {
  it.each<[string, number, string]>([
    ['three years', 3, 'years'],
    ['30 days', 30, 'days'],
    ['a 30-year occupation', 30, 'years'],
    ['18 months', 18, 'months'],
    ['two decades', 2, 'decades'],
    ['1 week', 1, 'weeks'],
  ])('%s', (quote, value, unit) => {
    expect(normalised(quote)).toEqual(fig({ value, unit, kind: 'duration' }));
  });
});

describe('shares and halves', () => {
  it.each<[string, FigureValues]>([
    ['1 in 4', fig({ value: 0.25, unit: 'fraction', kind: 'percentage' })],
    ['one in five children', fig({ value: 0.2, unit: 'fraction', kind: 'percentage' })],
    ['nine out of 10', fig({ value: 0.9, unit: 'fraction', kind: 'percentage' })],
    ['a quarter of a million hectares', fig({ value: 250000, unit: 'hectares' })],
    ['two and a half years', fig({ value: 2.5, unit: 'years', kind: 'duration' })],
    ['4.3m passengers', fig({ value: 4300000, unit: 'passengers' })],
  ])('%s', (quote, expected) => {
    expect(normalised(quote)).toEqual(expected);
  });

  it('"in" before a year or a smaller number is no share', () => {
    expect(normalised('40 in 2020')).toBeNull();
    expect(normalised('5 in 3')).toBeNull();
  });
});

describe('"over" a length of time', () => {
  it('is "during" after a verb, and "more than" after "for"', () => {
    expect(normalised('five years', { before: 'will benefit 2 million people over ' })?.qualifier).toBe('exact');
    expect(normalised('two years', { before: 'He has been held for over ' })?.qualifier).toBe('at least');
    expect(normalised('over two years', { before: 'He has been held for ' })?.qualifier).toBe('at least');
  });
});

describe('range properties', () => {
  const written = (n: number) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  it('any two numbers a ≤ b joined as a range give min a and max b', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom('-', '–', ' to ', 'between'),
        (x, y, join) => {
          const [a, b] = x <= y ? [x, y] : [y, x];
          const quote =
            join === 'between' ? `between ${written(a)} and ${written(b)}` : `${written(a)}${join}${written(b)}`;
          const figure = normalised(quote);
          expect(figure?.qualifier).toBe('range');
          expect([figure?.min, figure?.max]).toEqual([a, b]);
        },
      ),
    );
  });

  it('whatever the text, a range has min <= max', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,% a-z–-]{0,30}$/), (q) => {
        const figure = normalised(q);
        if (figure?.qualifier === 'range') expect(figure.min! <= figure.max!).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
