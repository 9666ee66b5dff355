import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInsideSurrogatePair } from '../../../../shared/text/surrogate-pairs';
import { cutToUtf8Bytes, utf8Length } from '../../../../shared/text/utf8-bytes';

const encoded = (text: string) => new TextEncoder().encode(text).length;

describe('utf8Length and cutToUtf8Bytes', () => {
  it('count bytes as TextEncoder writes them, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(encoded(text));
      }),
      { numRuns: 500 },
    );
  });

  it('cut to the longest start within the limit, never inside a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(300), (text, limit) => {
        const cut = cutToUtf8Bytes(text, limit);
        expect(text.startsWith(cut)).toBe(true);
        expect(encoded(cut)).toBeLessThanOrEqual(limit);
        expect(isInsideSurrogatePair(text, cut.length)).toBe(false);
        // Longest: one more code point (a whole pair where there is one) would not fit.
        if (cut.length < text.length) {
          const step = isInsideSurrogatePair(text, cut.length + 1) ? 2 : 1;
          expect(encoded(text.slice(0, cut.length + step))).toBeGreaterThan(limit);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keep names of 150 CJK characters, 120 ü and emoji at the cut within 255 bytes', () => {
    expect(encoded(cutToUtf8Bytes('地'.repeat(150), 255))).toBe(255);
    expect(cutToUtf8Bytes('ü'.repeat(150), 255)).toBe('ü'.repeat(127));
    // 63 emoji take 252 bytes; the 64th (4 bytes) does not fit, and is not split.
    expect(cutToUtf8Bytes('😀'.repeat(80), 255)).toBe('😀'.repeat(63));
    expect(cutToUtf8Bytes('ab😀', 5)).toBe('ab');
  });
});
