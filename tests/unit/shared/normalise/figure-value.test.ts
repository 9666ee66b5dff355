import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureContextAt, proposeFigureValue, type FigureProposal } from '../../../../shared/normalise/figure-value';
import { parseDigitNumeral, decimalValue } from '../../../../shared/normalise/digit-numeral';

const seedsDir = join(__dirname, '../../../../seeds');
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8').replace(/\r\n?/g, '\n'));

/** Proposes for the first occurrence of `quote` in seed `n`, with the text around it as the app passes it. */
function inSeed(n: number, quote: string, occurrence = 0): FigureProposal | null {
  const text = seeds[n]!;
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" is not in seed ${n}`);
  return proposeFigureValue(quote, figureContextAt(text, at, at + quote.length));
}

describe('proposeFigureValue on the figures of the seed corpus', () => {
  it.each<[number, string, FigureProposal | null]>([
    [0, '25 percent', { value: 0.25, unit: 'percent' }],
    [0, 'only 25 percent accurate', { value: 0.25, unit: 'percent' }],
    [0, '25%', { value: 0.25, unit: 'percent' }],
    [0, 'Over 55%', { value: 0.55, unit: 'percent', qualifier: 'over' }],
    [0, '55%', { value: 0.55, unit: 'percent', qualifier: 'over' }], // "Over" read from the text before
    [0, '400,000', { value: 400000, unit: 'mines', qualifier: 'about' }], // "some 400,000 mines"
    [0, '400,000 mines', { value: 400000, unit: 'mines', qualifier: 'about' }],
    [0, '1.5 million', { value: 1500000, qualifier: 'about' }], // "closer to 1.5 million"
    [0, 'closer to 1.5 million', { value: 1500000, qualifier: 'about' }],
    [0, '2023', { value: 2023 }],
    [0, '18th', null], // a rank, not a quantity
    [0, 'September 2023', null], // a date
    [1, 'only 25%', { value: 0.25, unit: 'percent' }],
    [1, 'Nearly 55%', { value: 0.55, unit: 'percent', qualifier: 'nearly' }],
    [1, '30 years', { value: 30, unit: 'years' }],
    [1, 'more than 3,400 Azerbaijanis', { value: 3400, unit: 'Azerbaijanis', qualifier: 'over' }],
    [1, '3,400', { value: 3400, unit: 'Azerbaijanis', qualifier: 'over' }],
    [1, '342', { value: 342, unit: 'Azerbaijani citizens' }],
    [1, '50 civilians', { value: 50, unit: 'civilians' }],
    [1, 'November 10, 2020', null],
    [2, '25 January 2024', null],
    [2, '400 thousand landmines', { value: 400000, unit: 'landmines' }],
    [2, '400 thousand', { value: 400000, unit: 'landmines' }],
    [2, 'one million', { value: 1000000, qualifier: 'over' }], // "surpasses one million"
    [2, 'surpasses one million', { value: 1000000, qualifier: 'over' }],
    [2, 'more than 55%', { value: 0.55, unit: 'percent', qualifier: 'over' }],
    [2, '65 individuals', { value: 65, unit: 'individuals' }],
    [2, 'three journalists', { value: 3, unit: 'journalists' }],
    [2, 'about 500 thousand landmines', { value: 500000, unit: 'landmines', qualifier: 'about' }],
    [2, '4000 missing Azerbaijanis', { value: 4000, unit: 'missing Azerbaijanis' }],
    [3, '1 million', { value: 1000000, qualifier: 'over' }], // "exceeds 1 million"
    [3, '55 per cent', { value: 0.55, unit: 'percent' }],
    [3, 'more than 500,000 mines', { value: 500000, unit: 'mines', qualifier: 'over' }],
    [3, 'nearly 4,000 Azerbaijanis', { value: 4000, unit: 'Azerbaijanis', qualifier: 'nearly' }],
    [3, 'eight new maps', { value: 8, unit: 'new maps' }],
    [3, '65 people', { value: 65, unit: 'people' }],
    [4, 'more than a million mines', { value: 1000000, unit: 'mines', qualifier: 'over' }],
    [4, 'a million', { value: 1000000, unit: 'mines', qualifier: 'over' }],
    [4, 'Approximately 12 percent', { value: 0.12, unit: 'percent', qualifier: 'about' }],
    [4, 'more than a million mines were planted during the 30-year-long occupation', null], // two numbers
  ])('seed %i: %s', (seed, quote, expected) => {
    expect(inSeed(seed, quote)).toEqual(expected);
  });
});

describe('proposeFigureValue on written forms', () => {
  it.each<[string, FigureProposal | null]>([
    ['over a million', { value: 1000000, qualifier: 'over' }],
    ['half a million', { value: 500000 }],
    ['one and a half million', { value: 1500000 }],
    ['two hundred and fifty', { value: 250 }],
    ['ninety-nine', { value: 99 }],
    ['twenty five thousand', { value: 25000 }],
    ['a dozen', { value: 12 }],
    ['two dozen', { value: 24 }],
    ['dozens', null],
    ['hundreds of thousands', null],
    ['several', null],
    ['two thirds', { value: 2 / 3, unit: 'fraction' }],
    ['two-thirds of the mines', { value: 2 / 3, unit: 'fraction' }],
    ['a quarter', { value: 0.25, unit: 'fraction' }],
    ['half', { value: 0.5, unit: 'fraction' }],
    ['1/3', { value: 1 / 3, unit: 'fraction' }],
    ['1,000,000', { value: 1000000 }],
    ['1 000 000', { value: 1000000 }],
    ['1\u00a0000\u00a0000', { value: 1000000 }],
    ['1.000.000', { value: 1000000 }],
    ['1,500', { value: 1500 }],
    ['1,5 million', { value: 1500000 }], // one comma, one digit after: a decimal comma
    ['12,75', { value: 12.75 }],
    ['0,500', { value: 0.5 }],
    ['1.234,5', { value: 1234.5 }],
    ['1,234.5', { value: 1234.5 }],
    ['1.1 million', { value: 1100000 }],
    ['2.5bn', { value: 2500000000 }],
    ['400k', { value: 400000 }],
    ['$3m', { value: 3000000, unit: 'dollars' }],
    ['€1.2 billion', { value: 1200000000, unit: 'euros' }],
    ['12.5%', { value: 0.125, unit: 'percent' }],
    ['3 percentage points', { value: 0.03, unit: 'percentage points' }],
    ['-5', { value: -5 }],
    ['minus five', { value: -5 }],
    ['at least 20 mines', { value: 20, unit: 'mines', qualifier: 'at least' }],
    ['up to 30%', { value: 0.3, unit: 'percent', qualifier: 'up to' }],
    ['1.2.3', null],
    ['1,2,3', null],
    ['400,000–500,000', null],
    ['between 10 and 20', null],
    ['', null],
    ['mines', null],
    // Words that name Object.prototype's members are words like any other.
    ['5 constructor', { value: 5, unit: 'constructor' }],
    ['half a constructor', { value: 0.5, unit: 'fraction' }],
  ])('%s', (quote, expected) => {
    expect(proposeFigureValue(quote)).toEqual(expected);
  });

  it('reads a scale or a percent sign just after a clipped quote', () => {
    expect(proposeFigureValue('1.5', { after: ' million mines' })).toEqual({ value: 1500000, unit: 'mines' });
    expect(proposeFigureValue('25', { after: '% accurate' })).toEqual({ value: 0.25, unit: 'percent' });
  });

  it('takes a unit from after the quote only when it is a count noun right after a space', () => {
    expect(proposeFigureValue('65', { after: ', including' })).toEqual({ value: 65 });
    expect(proposeFigureValue('2020', { after: ' Patriotic War' })).toEqual({ value: 2020 });
  });
});

describe('properties', () => {
  const groupings = [',', ' ', '\u00a0', '\u202f'];
  const grouped = (n: number, mark: string) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, mark);

  it('an integer written with thousands groups normalises to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(...groupings), (n, mark) => {
        expect(proposeFigureValue(grouped(n, mark))?.value).toBe(n);
      }),
    );
  });

  it('points group thousands when there are at least two groups', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(proposeFigureValue(grouped(n, '.'))?.value).toBe(n);
      }),
    );
  });

  it('p% is p/100, unit percent, for whole and decimal p', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom('%', ' percent', ' per cent'), (p, sign) => {
        expect(proposeFigureValue(`${p}${sign}`)).toEqual({ value: p / 100, unit: 'percent' });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 1, max: 9 }), (whole, tenth) => {
        expect(proposeFigureValue(`${whole}.${tenth}%`)?.value).toBe(Number(`${whole}${tenth}e-3`));
      }),
    );
  });

  it('a decimal point keeps its value, and a scale word multiplies it exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const written = `${whole}.${String(cents).padStart(2, '0')}`;
        expect(proposeFigureValue(written)?.value).toBe(Number(written));
        expect(proposeFigureValue(`${written} million`)?.value).toBe(
          Number(`${whole}${String(cents).padStart(2, '0')}e4`),
        );
      }),
    );
  });

  it('never throws, and any value it proposes is a finite number', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        (q, b, a) => {
          const proposal = proposeFigureValue(q, { before: b, after: a });
          if (proposal) expect(Number.isFinite(proposal.value)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,% a-z\u00a0-]{0,30}$/), (q) => {
        const proposal = proposeFigureValue(q);
        if (proposal) expect(Number.isFinite(proposal.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseDigitNumeral', () => {
  it('keeps decimals exact until the end', () => {
    expect(decimalValue(parseDigitNumeral('0.1')!)).toBe(0.1);
    expect(proposeFigureValue('0.1 million')?.value).toBe(100000);
    expect(parseDigitNumeral('007')).toEqual({ mantissa: '7', exponent: 0 });
  });
});
