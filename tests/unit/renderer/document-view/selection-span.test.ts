import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectionToSpan, snapSpanToWords, trimSpan } from '../../../../renderer/document-view/selection-span';
import { hardTextArbitrary } from './hard-text';

const slice = (text: string, span: { start: number; end: number } | null) =>
  span ? text.slice(span.start, span.end) : null;

describe('selection to span', () => {
  const text = "  The mines were only 25 percent accurate, l’homme said; don't 😀😀 go.\n\nNext";

  it('trims surrounding whitespace, including paragraph breaks', () => {
    expect(slice(text, trimSpan(text, { start: 0, end: 11 }))).toBe('The mines');
    const gap = text.indexOf('\n');
    expect(slice(text, trimSpan(text, { start: gap, end: text.length }))).toBe('Next');
    expect(trimSpan(text, { start: 0, end: 2 })).toBeNull();
  });

  it('snaps to whole words, with apostrophes inside words and astral characters whole', () => {
    const at = (s: string) => text.indexOf(s);
    expect(slice(text, selectionToSpan(text, { start: at('nly 25 perc'), end: at('nly 25 perc') + 11 }, true))).toBe(
      'only 25 percent',
    );
    expect(slice(text, selectionToSpan(text, { start: at('homme'), end: at('homme') + 2 }, true))).toBe('l’homme');
    expect(slice(text, selectionToSpan(text, { start: at("n't"), end: at("n't") + 1 }, true))).toBe("don't");
    expect(slice(text, selectionToSpan(text, { start: at('accurate'), end: at('accurate') + 3 }, false))).toBe('acc');
  });

  it('never shrinks a span, never splits a surrogate pair, never adds outer whitespace', () => {
    fc.assert(
      fc.property(hardTextArbitrary, fc.nat(), fc.nat(), (t, x, y) => {
        const start = x % (t.length + 1);
        const end = start + (y % (t.length + 1 - start));
        const span = selectionToSpan(t, { start, end }, true);
        if (!span) return;
        const trimmed = trimSpan(t, { start, end })!;
        expect(span.start).toBeLessThanOrEqual(trimmed.start);
        expect(span.end).toBeGreaterThanOrEqual(trimmed.end);
        expect(snapSpanToWords(t, span)).toEqual(span);
        expect(/^\s|\s$/u.test(t.slice(span.start, span.end))).toBe(false);
        const isLow = (i: number) =>
          i > 0 && i < t.length && /[\uDC00-\uDFFF]/.test(t[i]!) && /[\uD800-\uDBFF]/.test(t[i - 1]!);
        if (span.start !== trimmed.start) expect(isLow(span.start)).toBe(false);
        if (span.end !== trimmed.end) expect(isLow(span.end)).toBe(false);
      }),
    );
  });
});
