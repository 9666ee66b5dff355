import { describe, expect, it } from 'vitest';
import { unitisedAlpha, type Continuum, type MarkedStretch } from '../../../../shared/agreement/unitised-alpha';

// Krippendorff's unitised alpha on the worked examples whose figures are published, to their
// published precision. The figures are those of Krippendorff's texts as DKPro Agreement
// (dkpro/dkpro-statistics, KrippendorffAlphaUnitizingAgreement) reproduces them in its tests.

/** A stretch as DKPro and Krippendorff write it: its beginning and its length. */
const unit = (begin: number, length: number, label: string): MarkedStretch => ({
  start: begin,
  end: begin + length,
  label,
});

const continuum = (length: number, ...coders: MarkedStretch[][]): Continuum => ({
  length,
  coders: new Map(coders.map((stretches, i) => [`coder ${i + 1}`, stretches])),
});

/** A figure as published cut (not rounded) to `decimals`. */
const cutTo = (x: number, decimals: number) => Math.trunc(x * 10 ** decimals) / 10 ** decimals;

const ofLabel = (result: ReturnType<typeof unitisedAlpha>, label: string) =>
  result.perLabel.find((l) => l.label === label)!;

describe('Krippendorff (2004), Content Analysis 2nd ed., §12.4, p. 254: two observers, labels c and k', () => {
  // The continuum runs from 150 to 450; here from 0, every stretch moved 150 to the left.
  const at = (begin: number, length: number, label: string) => unit(begin - 150, length, label);
  const example = continuum(
    300,
    [at(225, 70, 'c'), at(370, 30, 'c'), at(180, 60, 'k'), at(300, 50, 'k')],
    [at(220, 80, 'c'), at(355, 20, 'c'), at(400, 20, 'c'), at(180, 60, 'k'), at(300, 50, 'k')],
  );

  it('c: uD_o = 0.0144, uD_e = 0.0532, uα_c = 0.7286; k: uD_o = 0, uD_e = 0.0490, uα_k = 1', () => {
    const result = unitisedAlpha(['c', 'k'], [example]);
    const c = ofLabel(result, 'c');
    expect(c.disagreement!.observed).toBeCloseTo(0.0144, 4);
    expect(c.disagreement!.expected).toBeCloseTo(0.0532, 4);
    expect(c.alpha.value).toBeCloseTo(0.7286, 4);
    const k = ofLabel(result, 'k');
    expect(k.disagreement!.observed).toBe(0);
    expect(k.disagreement!.expected).toBeCloseTo(0.049, 4);
    expect(k.alpha.value).toBe(1);
  });

  it('over both labels uα = 1 − Σ uD_o / Σ uD_e = 0.859', () => {
    const result = unitisedAlpha(['c', 'k'], [example]);
    expect(result.overall.value).toBeCloseTo(0.8591, 3);
    // The book's own arithmetic: δ² of the c sections, 50 + 850 + 400 each way, over m(m − 1)L².
    expect(ofLabel(result, 'c').disagreement!.observed).toBeCloseTo((2 * 1300) / (2 * 300 * 300), 12);
  });
});

describe('Krippendorff (1995), "On the reliability of unitizing continuous data", p. 57: four pairs of coders', () => {
  // The paper's four examples A–D, 24 units long, one label each; `stretch` lengthens the
  // continuum to approach the paper's large-L figures for the expected disagreement.
  const examples = (stretch: number) => {
    const s = (begin: number, length: number, label: string) => unit(begin * stretch, length * stretch, label);
    return continuum(
      24 * stretch,
      [
        s(2, 8, 'A'),
        s(14, 6, 'A'),
        s(0, 18, 'B'),
        s(2, 6, 'C'),
        s(10, 2, 'C'),
        s(14, 4, 'C'),
        s(20, 2, 'C'),
        s(0, 2, 'D'),
        s(2, 8, 'D'),
        s(10, 4, 'D'),
        s(14, 6, 'D'),
        s(20, 4, 'D'),
      ],
      [
        s(4, 4, 'A'),
        s(15, 2, 'A'),
        ...[0, 2, 3, 4, 5].map((b, i) => s(b, [2, 1, 1, 1, 1][i]!, 'B')),
        s(6, 3, 'B'),
        s(9, 1, 'B'),
        s(0, 2, 'C'),
        s(4, 4, 'C'),
        s(10, 4, 'C'),
        s(16, 2, 'C'),
        s(20, 2, 'C'),
        s(0, 4, 'D'),
        s(4, 4, 'D'),
        s(8, 7, 'D'),
        s(15, 2, 'D'),
        s(17, 7, 'D'),
      ],
    );
  };

  it('observed disagreement: A 0.03125, B 2.26736, C 0.02777, D 0.38715', () => {
    const result = unitisedAlpha(['A', 'B', 'C', 'D'], [examples(1)]);
    const observed = (label: string) => ofLabel(result, label).disagreement!.observed;
    expect(observed('A')).toBeCloseTo(0.03125, 5);
    expect(observed('B')).toBeCloseTo(2.26736, 5);
    expect(cutTo(observed('C'), 5)).toBe(0.02777); // 0.027777…: the published figure is cut, not rounded
    expect(observed('D')).toBeCloseTo(0.38715, 5);
  });

  it('on a long continuum: uD_e A 0.0699, B 1.177, C 0.0864, D 0.414; uα A 0.553, B −0.926, C 0.679, D 0.066', () => {
    const result = unitisedAlpha(['A', 'B', 'C', 'D'], [examples(50_000)]);
    const published = { A: [0.0699, 0.553], B: [1.17731, -0.926], C: [0.08642, 0.679], D: [0.41445, 0.066] };
    for (const [label, [expected, alpha]] of Object.entries(published)) {
      const figures = ofLabel(result, label);
      // The paper's 1995 expected disagreement differs slightly from the 2004 form's (DKPro's tolerance: 0.005, 0.02).
      expect(Math.abs(figures.disagreement!.expected - expected!)).toBeLessThan(0.005);
      expect(Math.abs(figures.alpha.value! - alpha!)).toBeLessThan(0.02);
    }
  });
});

describe("DKPro Agreement's own examples", () => {
  it('one long unit against three short ones: uD_o = 0.9100, uD_e = 0.5351, uα = −0.7003', () => {
    // r1: -11111111-   r2: --1-1-1---
    const result = unitisedAlpha(
      ['A'],
      [continuum(10, [unit(1, 8, 'A')], [unit(2, 1, 'A'), unit(4, 1, 'A'), unit(6, 1, 'A')])],
    );
    const a = ofLabel(result, 'A');
    expect(a.disagreement!.observed).toBeCloseTo(0.91, 4);
    // 1734/3240 = 0.53518…, published cut to 0.5351 (DKPro's tolerance is 0.0001).
    expect(a.disagreement!.expected).toBeCloseTo(1734 / 3240, 12);
    expect(cutTo(a.disagreement!.expected, 4)).toBe(0.5351);
    expect(a.alpha.value).toBeCloseTo(-0.7003, 4);
  });

  it('three coders, one of them marking one character of twenty: uα = 0', () => {
    const result = unitisedAlpha(['X'], [continuum(20, [unit(0, 1, 'X')], [], [])]);
    expect(result.overall.value).toBeCloseTo(0, 12);
  });

  it('three coders and no stretch at all: undefined with the reason (DKPro answers NaN)', () => {
    const result = unitisedAlpha(['X'], [continuum(20, [], [], [])]);
    expect(result.overall).toEqual({ value: null, reason: 'no coder marked a stretch' });
    expect(ofLabel(result, 'X').alpha).toEqual({ value: null, reason: 'no coder marked a stretch' });
  });
});
