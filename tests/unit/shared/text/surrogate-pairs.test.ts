import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOffsetConverter } from '../../../../shared/text/code-points';
import { isInsideSurrogatePair } from '../../../../shared/text/surrogate-pairs';

describe('isInsideSurrogatePair', () => {
  it('holds exactly at the offsets that do not survive a trip through code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const converter = createOffsetConverter(text);
        for (let i = 0; i <= text.length; i++) {
          expect(isInsideSurrogatePair(text, i), `offset ${i}`).toBe(converter.toUtf16(converter.toCodePoint(i)) !== i);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is false at both ends and beside lone surrogates', () => {
    expect(['😀', 'a😀b'].map((t) => [0, t.length].map((i) => isInsideSurrogatePair(t, i)))).toEqual([
      [false, false],
      [false, false],
    ]);
    expect(isInsideSurrogatePair('a😀b', 2)).toBe(true);
    expect(isInsideSurrogatePair('\ud800a\udc00', 1)).toBe(false);
  });
});
