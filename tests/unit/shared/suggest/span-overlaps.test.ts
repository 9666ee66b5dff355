import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisjointSpans, OverlapLookup } from '../../../../shared/suggest/span-overlaps';

const span = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 15 }))
  .map(([start, length]) => ({ start, end: start + length }));
const shares = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

describe('span overlaps', () => {
  it('OverlapLookup agrees with checking every span', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), span, (spans, query) => {
        expect(new OverlapLookup(spans).overlaps(query.start, query.end)).toBe(spans.some((s) => shares(s, query)));
      }),
      { numRuns: 500 },
    );
  });

  it('DisjointSpans takes a span exactly when it overlaps none already taken', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
        const set = new DisjointSpans();
        const taken: { start: number; end: number }[] = [];
        for (const s of spans) {
          const free = !taken.some((t) => shares(t, s));
          expect(set.tryAdd(s.start, s.end)).toBe(free);
          if (free) taken.push(s);
        }
      }),
      { numRuns: 500 },
    );
  });
});
