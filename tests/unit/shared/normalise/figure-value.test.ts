import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureContextAt, normaliseFigure } from '../../../../shared/normalise/figure-value';
import type { FigureProposal, FigureValues } from '../../../../shared/normalise/figure-proposal';
import { fig, normalised } from '../../../support/figure-values';
import { parseDigitNumeral, decimalValue } from '../../../../shared/normalise/digit-numeral';

const seedsDir = join(__dirname, '../../../../seeds');
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8').replace(/\r\n?/g, '\n'));

/** Normalises the first occurrence of `quote` in seed `n`, with the text around it as the app passes it. */
function inSeed(n: number, quote: string, occurrence = 0): FigureValues | null {
  const text = seeds[n]!;
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" is not in seed ${n}`);
  return normalised(quote, figureContextAt(text, at, at + quote.length));
}

describe('normaliseFigure on the figures of the seed corpus', () => {
  it.each<[number, string, FigureValues | null]>([
    [0, '25 percent', fig({ value: 0.25, unit: 'percent', kind: 'percentage' })],
    [0, 'only 25 percent accurate', fig({ value: 0.25, unit: 'percent', kind: 'percentage' })],
    [0, '25%', fig({ value: 0.25, unit: 'percent', kind: 'percentage' })],
    [0, 'Over 55%', fig({ value: 0.55, unit: 'percent', qualifier: 'at least', kind: 'percentage' })],
    [0, '55%', fig({ value: 0.55, unit: 'percent', qualifier: 'at least', kind: 'percentage' })], // "Over" read from the text before
    [0, '400,000', fig({ value: 400000, unit: 'mines', qualifier: 'approximate' })], // "some 400,000 mines"
    [0, '400,000 mines', fig({ value: 400000, unit: 'mines', qualifier: 'approximate' })],
    [0, '1.5 million', fig({ value: 1500000, qualifier: 'approximate' })], // "closer to 1.5 million"
    [0, 'closer to 1.5 million', fig({ value: 1500000, qualifier: 'approximate' })],
    [0, '2023', fig({ value: '2023', kind: 'date' })], // "in 2023": a year counting nothing
    [0, '18th', null], // a rank, not a quantity
    [0, 'September 2023', fig({ value: '2023-09', kind: 'date' })],
    [1, 'only 25%', fig({ value: 0.25, unit: 'percent', kind: 'percentage' })],
    [1, 'Nearly 55%', fig({ value: 0.55, unit: 'percent', qualifier: 'approximate', kind: 'percentage' })],
    [1, '30 years', fig({ value: 30, unit: 'years', kind: 'duration' })],
    [1, 'more than 3,400 Azerbaijanis', fig({ value: 3400, unit: 'Azerbaijanis', qualifier: 'at least' })],
    [1, '3,400', fig({ value: 3400, unit: 'Azerbaijanis', qualifier: 'at least' })],
    [1, '342', fig({ value: 342, unit: 'Azerbaijani citizens' })],
    [1, '50 civilians', fig({ value: 50, unit: 'civilians' })],
    [1, 'November 10, 2020', fig({ value: '2020-11-10', kind: 'date' })],
    [2, '25 January 2024', fig({ value: '2024-01-25', kind: 'date' })],
    [2, '400 thousand landmines', fig({ value: 400000, unit: 'landmines' })],
    [2, '400 thousand', fig({ value: 400000, unit: 'landmines' })],
    [2, 'one million', fig({ value: 1000000, qualifier: 'at least' })], // "surpasses one million"
    [2, 'surpasses one million', fig({ value: 1000000, qualifier: 'at least' })],
    [2, 'more than 55%', fig({ value: 0.55, unit: 'percent', qualifier: 'at least', kind: 'percentage' })],
    [2, '65 individuals', fig({ value: 65, unit: 'individuals' })],
    [2, 'three journalists', fig({ value: 3, unit: 'journalists' })],
    [2, 'about 500 thousand landmines', fig({ value: 500000, unit: 'landmines', qualifier: 'approximate' })],
    [2, '4000 missing Azerbaijanis', fig({ value: 4000, unit: 'missing Azerbaijanis' })],
    [3, '1 million', fig({ value: 1000000, qualifier: 'at least' })], // "exceeds 1 million"
    [3, '55 per cent', fig({ value: 0.55, unit: 'percent', kind: 'percentage' })],
    [3, 'more than 500,000 mines', fig({ value: 500000, unit: 'mines', qualifier: 'at least' })],
    [3, 'nearly 4,000 Azerbaijanis', fig({ value: 4000, unit: 'Azerbaijanis', qualifier: 'approximate' })],
    [3, 'eight new maps', fig({ value: 8, unit: 'new maps' })],
    [3, '65 people', fig({ value: 65, unit: 'people' })],
    [4, 'more than a million mines', fig({ value: 1000000, unit: 'mines', qualifier: 'at least' })],
    [4, 'a million', fig({ value: 1000000, unit: 'mines', qualifier: 'at least' })],
    [
      4,
      'Approximately 12 percent',
      fig({ value: 0.12, unit: 'percent', qualifier: 'approximate', kind: 'percentage' }),
    ],
    [4, 'more than a million mines were planted during the 30-year-long occupation', null], // two numbers
  ])('seed %i: %s', (seed, quote, expected) => {
    expect(inSeed(seed, quote)).toEqual(expected);
  });
});

describe('normaliseFigure on written forms', () => {
  it.each<[string, FigureValues | null]>([
    ['over a million', fig({ value: 1000000, qualifier: 'at least' })],
    ['half a million', fig({ value: 500000 })],
    ['one and a half million', fig({ value: 1500000 })],
    ['two hundred and fifty', fig({ value: 250 })],
    ['ninety-nine', fig({ value: 99 })],
    ['twenty five thousand', fig({ value: 25000 })],
    ['a dozen', fig({ value: 12 })],
    ['two dozen', fig({ value: 24 })],
    ['dozens', null],
    ['hundreds of thousands', null],
    ['several', null],
    ['two thirds', fig({ value: 2 / 3, unit: 'fraction', kind: 'percentage' })],
    ['two-thirds of the mines', fig({ value: 2 / 3, unit: 'fraction', kind: 'percentage' })],
    ['a quarter', fig({ value: 0.25, unit: 'fraction', kind: 'percentage' })],
    ['half', fig({ value: 0.5, unit: 'fraction', kind: 'percentage' })],
    ['1/3', fig({ value: 1 / 3, unit: 'fraction', kind: 'percentage' })],
    ['1,000,000', fig({ value: 1000000 })],
    ['1 000 000', fig({ value: 1000000 })],
    ['1\u00a0000\u00a0000', fig({ value: 1000000 })],
    ['1.000.000', fig({ value: 1000000 })],
    ['1,500', fig({ value: 1500 })],
    ['1,5 million', fig({ value: 1500000 })], // one comma, one digit after: a decimal comma
    ['12,75', fig({ value: 12.75 })],
    ['0,500', fig({ value: 0.5 })],
    ['1.234,5', fig({ value: 1234.5 })],
    ['1,234.5', fig({ value: 1234.5 })],
    ['1.1 million', fig({ value: 1100000 })],
    ['2.5bn', fig({ value: 2500000000 })],
    ['400k', fig({ value: 400000 })],
    ['$3m', fig({ value: 3000000, unit: 'USD', kind: 'money' })],
    ['€1.2 billion', fig({ value: 1200000000, unit: 'EUR', kind: 'money' })],
    ['12.5%', fig({ value: 0.125, unit: 'percent', kind: 'percentage' })],
    ['3 percentage points', fig({ value: 0.03, unit: 'percentage points', kind: 'percentage' })],
    ['-5', fig({ value: -5 })],
    ['minus five', fig({ value: -5 })],
    ['at least 20 mines', fig({ value: 20, unit: 'mines', qualifier: 'at least' })],
    ['up to 30%', fig({ value: 0.3, unit: 'percent', qualifier: 'at most', kind: 'percentage' })],
    ['1.2.3', null],
    ['1,2,3', null],
    ['400,000–500,000', fig({ min: 400000, max: 500000, qualifier: 'range' })],
    ['between 10 and 20', fig({ min: 10, max: 20, qualifier: 'range' })],
    ['', null],
    ['mines', null],
    // Words that name Object.prototype's members are words like any other.
    ['5 constructor', fig({ value: 5, unit: 'constructor' })],
    ['half a constructor', fig({ value: 0.5, unit: 'fraction', kind: 'percentage' })],
  ])('%s', (quote, expected) => {
    expect(normalised(quote)).toEqual(expected);
  });

  it('reads a scale or a percent sign just after a clipped quote', () => {
    expect(normalised('1.5', { after: ' million mines' })).toEqual(fig({ value: 1500000, unit: 'mines' }));
    expect(normalised('25', { after: '% accurate' })).toEqual(
      fig({ value: 0.25, unit: 'percent', kind: 'percentage' }),
    );
  });

  it('takes a unit from after the quote only when it is a count noun right after a space', () => {
    expect(normalised('65', { after: ', including' })).toEqual(fig({ value: 65 }));
    expect(normalised('2020', { after: ' Patriotic War' })).toEqual(fig({ value: '2020', kind: 'date' }));
  });
});

/** What every proposal must be, whatever the text: a finite value or an ISO date, or a finite range. */
function expectWellFormed({ value, min, max, qualifier }: FigureProposal): void {
  if (qualifier === 'range') {
    expect(value).toBeNull();
    expect(Number.isFinite(min) && Number.isFinite(max) && min! <= max!).toBe(true);
  } else if (typeof value === 'string') expect(value).toMatch(/^(?:\d{4}(?:-\d\d(?:-\d\d)?)?|--\d\d-\d\d)$/);
  else expect(Number.isFinite(value)).toBe(true);
}

describe('properties', () => {
  const groupings = [',', ' ', '\u00a0', '\u202f'];
  const grouped = (n: number, mark: string) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, mark);

  it('an integer written with thousands groups normalises to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(...groupings), (n, mark) => {
        expect(normaliseFigure(grouped(n, mark))?.value).toBe(n);
      }),
    );
  });

  it('points group thousands when there are at least two groups', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(normaliseFigure(grouped(n, '.'))?.value).toBe(n);
      }),
    );
  });

  it('p% is p/100, unit percent, for whole and decimal p', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('%', ' percent', ' per cent'), (p, sign) => {
        expect(normalised(`${p}${sign}`)).toEqual(fig({ value: p / 100, unit: 'percent', kind: 'percentage' }));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 9 }), (whole, tenth) => {
        expect(normaliseFigure(`${whole}.${tenth}%`)?.value).toBe(Number(`${whole}${tenth}e-3`));
      }),
    );
  });

  it('a decimal point keeps its value, and a scale word multiplies it exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const written = `${whole}.${String(cents).padStart(2, '0')}`;
        expect(normaliseFigure(written)?.value).toBe(Number(written));
        expect(normaliseFigure(`${written} million`)?.value).toBe(
          Number(`${whole}${String(cents).padStart(2, '0')}e4`),
        );
      }),
    );
  });

  it('never throws; a value is a finite number or an ISO date, and a range has finite min <= max', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        (q, b, a) => {
          const proposal = normaliseFigure(q, { before: b, after: a });
          if (proposal) expectWellFormed(proposal);
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,% a-z\u00a0-]{0,30}$/), (q) => {
        const proposal = normaliseFigure(q);
        if (proposal) expectWellFormed(proposal);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseDigitNumeral', () => {
  it('keeps decimals exact until the end', () => {
    expect(decimalValue(parseDigitNumeral('0.1')!)).toBe(0.1);
    expect(normaliseFigure('0.1 million')?.value).toBe(100000);
    expect(parseDigitNumeral('007')).toEqual({ mantissa: '7', exponent: 0 });
  });
});
