import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../../../shared/agreement/measurement';
import {
  unitisedAlpha,
  type Continuum,
  type MarkedStretch,
  type UnitisedAlpha,
} from '../../../../shared/agreement/unitised-alpha';

const LABELS = ['a', 'b'];

/** Documents (1–3, each 0–40 characters long) coded by the same 2–4 coders, 0–5 stretches each, overlaps allowed. */
const codedDocuments = fc.integer({ min: 2, max: 4 }).chain((coders) =>
  fc.array(
    fc.integer({ min: 0, max: 40 }).chain((length) =>
      fc
        .array(
          fc.array(
            fc
              .record({
                start: fc.nat(length),
                size: fc.integer({ min: 1, max: 12 }),
                label: fc.constantFrom(...LABELS),
              })
              .map(({ start, size, label }): MarkedStretch => ({ start, end: Math.min(length, start + size), label })),
            { maxLength: 5 },
          ),
          { minLength: coders, maxLength: coders },
        )
        .map((stretches): Continuum => ({ length, coders: new Map(stretches.map((s, i) => [`coder ${i}`, s])) })),
    ),
    { minLength: 1, maxLength: 3 },
  ),
);

/** Two results alike: both undefined, or numbers equal up to summation order. */
function expectSame(a: Measurement, b: Measurement) {
  if (a.value === null || b.value === null) expect(b).toEqual(a);
  else expect(b.value).toBeCloseTo(a.value, 9);
}

function expectSameResult(a: UnitisedAlpha, b: UnitisedAlpha) {
  expectSame(a.overall, b.overall);
  a.perLabel.forEach((l, i) => expectSame(l.alpha, b.perLabel[i]!.alpha));
}

const measurements = (r: UnitisedAlpha) => [r.overall, ...r.perLabel.map((l) => l.alpha)];

describe("Krippendorff's unitised alpha, for any documents and coders", () => {
  it('is 1 when every coder marks the same stretches (or null with the reason: nothing marked, nothing to mark, no variation)', () => {
    fc.assert(
      fc.property(codedDocuments, (documents) => {
        const identical = documents.map((d): Continuum => {
          const first = [...d.coders.values()][0]!;
          return { length: d.length, coders: new Map([...d.coders.keys()].map((c) => [c, first])) };
        });
        for (const m of measurements(unitisedAlpha(LABELS, identical))) {
          if (m.value === null)
            expect(m.reason).toMatch(/^(no coder marked a stretch|the texts compared are empty|no variation: )/);
          else expect(m.value).toBe(1);
        }
      }),
    );
  });

  it('does not depend on which coder is which, nor on the order of the documents', () => {
    fc.assert(
      fc.property(codedDocuments, fc.integer({ min: 1, max: 3 }), (documents, shift) => {
        const result = unitisedAlpha(LABELS, documents);
        const renamed = documents.map((d): Continuum => {
          const coders = [...d.coders];
          // A cyclic renaming of the coders, listed in reverse.
          const names = coders.map((_, i) => `coder ${(i + shift) % coders.length}`);
          return { length: d.length, coders: new Map(coders.map(([, s], i) => [names[i]!, s] as const).reverse()) };
        });
        expectSameResult(result, unitisedAlpha(LABELS, renamed));
        expectSameResult(result, unitisedAlpha(LABELS, [...documents.slice(1), documents[0]!]));
      }),
    );
  });

  it('is never NaN or Infinity, and at most 1', () => {
    fc.assert(
      fc.property(codedDocuments, (documents) => {
        for (const m of measurements(unitisedAlpha(LABELS, documents))) {
          if (m.value === null) expect(m.reason).not.toBe('');
          else {
            expect(Number.isFinite(m.value)).toBe(true);
            expect(m.value).toBeLessThanOrEqual(1 + 1e-12);
          }
        }
      }),
    );
  });

  it('is undefined with the reason for a single coder', () => {
    const alone: Continuum = { length: 10, coders: new Map([['solo', [{ start: 1, end: 4, label: 'a' }]]]) };
    expect(unitisedAlpha(LABELS, [alone]).overall).toEqual({ value: null, reason: 'fewer than two coders' });
  });
});
