import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointCounter, createOffsetConverter, sliceByCodePoints } from '../../../../shared/text/code-points';

/** Text with the characters that break offset code: emoji, combining marks, CJK, RTL, CRLF. */
const hardText = fc
  .array(fc.constantFrom('a', 'Z', ' ', '\n', '\r\n', 'é', 'e\u0301', '中', '文', 'ש', '😀', '👩‍👩‍👧', '𝄞', '25%'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

describe('code point offsets', () => {
  it('agree with Array.from (Python indices) for every offset, both ways', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        const converter = createOffsetConverter(text);
        const codePoints = Array.from(text);
        expect(converter.codePointLength).toBe(codePoints.length);
        let utf16 = 0;
        codePoints.forEach((cp, index) => {
          expect(converter.toCodePoint(utf16)).toBe(index);
          expect(converter.toUtf16(index)).toBe(utf16);
          utf16 += cp.length;
        });
        expect(converter.toUtf16(codePoints.length)).toBe(text.length);
      }),
    );
  });

  it('slices by code points as Python does', () => {
    fc.assert(
      fc.property(hardText, fc.nat(), fc.nat(), (text, a, b) => {
        const cps = Array.from(text);
        const start = Math.min(a, b) % (cps.length + 1);
        const end = Math.max(start, Math.max(a, b) % (cps.length + 1));
        expect(sliceByCodePoints(text, start, end)).toBe(cps.slice(start, end).join(''));
      }),
    );
  });

  it('counts code points of rising offsets as the converter does, mid-pair and going back included', () => {
    fc.assert(
      fc.property(hardText, fc.array(fc.nat(), { maxLength: 20 }), (text, raw) => {
        const converter = createOffsetConverter(text);
        const counter = codePointCounter(text);
        // Mostly rising, as search asks; an earlier offset now and then restarts the count.
        for (const offset of raw.map((n) => n % (text.length + 1))) {
          expect(counter(offset)).toBe(converter.toCodePoint(offset));
        }
      }),
    );
  });

  it('counts an emoji as one code point and two UTF-16 units', () => {
    const c = createOffsetConverter('a😀b');
    expect([c.toCodePoint(0), c.toCodePoint(1), c.toCodePoint(3)]).toEqual([0, 1, 2]);
    expect(c.toUtf16(2)).toBe(3);
  });
});
