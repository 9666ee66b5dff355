import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBatches } from '../../../../renderer/import/import-batches';

const file = (name: string, size: number) => ({ name, base64: 'A'.repeat(size) });

describe('importBatches', () => {
  it('keeps small imports in one call', () => {
    expect(importBatches([file('a', 10), file('b', 10)], 1000)).toHaveLength(1);
  });

  it('starts a new call before the byte or file limit is passed, keeping the order', () => {
    const files = [file('a', 400), file('b', 400), file('c', 400)];
    expect(importBatches(files, 1000).map((b) => b.map((f) => f.name))).toEqual([['a', 'b'], ['c']]);
    expect(importBatches(files, 10_000, 2).map((b) => b.length)).toEqual([2, 1]);
  });

  it('sends a file larger than the limit alone rather than not at all', () => {
    expect(importBatches([file('big', 5000), file('small', 1)], 1000).map((b) => b.length)).toEqual([1, 1]);
  });

  it('never loses, duplicates or reorders a file, and only a lone file passes the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 600 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 5 }),
        (sizes, maxFiles) => {
          const files = sizes.map((s, i) => file(`f${i}`, s));
          const batches = importBatches(files, 1000, maxFiles);
          expect(batches.flat()).toEqual(files);
          for (const b of batches) {
            expect(b.length).toBeGreaterThan(0);
            expect(b.length).toBeLessThanOrEqual(maxFiles);
            const bytes = b.reduce((n, f) => n + f.base64.length + f.name.length + 32, 0);
            if (b.length > 1) expect(bytes).toBeLessThanOrEqual(1000);
          }
        },
      ),
    );
  });
});
