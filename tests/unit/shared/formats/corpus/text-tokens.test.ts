import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../../shared/formats/corpus/text-tokens';

const words = (text: string, spans: { start: number; end: number }[] = []) =>
  splitSentences(text, spans).map((s) => s.map((t) => text.slice(t.start, t.end)));

describe('the CoNLL / WebAnno tokenizer and sentence splitter', () => {
  it('splits words, numbers and each punctuation mark; keeps emoji and combining marks whole', () => {
    expect(words('Only 25% were accurate, Zoe\u0301 😀!')).toEqual([
      ['Only', '25', '%', 'were', 'accurate', ',', 'Zoe\u0301', '😀', '!'],
    ]);
    expect(words('中文 text')).toEqual([['中文', 'text']]);
  });

  it('ends sentences after . ! ? … and at line breaks, not inside a span', () => {
    expect(words('One. Two! Three?\nFour')).toEqual([['One', '.'], ['Two', '!'], ['Three', '?'], ['Four']]);
    expect(words('Mr. Smith', [{ start: 0, end: 9 }])).toEqual([['Mr', '.', 'Smith']]);
    expect(words('3.5 mines')).toEqual([['3', '.', '5', 'mines']]);
  });

  it('cuts tokens at span boundaries', () => {
    expect(words('landmines', [{ start: 4, end: 9 }])).toEqual([['land', 'mines']]);
  });

  it('tokens never overlap, never hold whitespace, and cover every non-space character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const tokens = splitSentences(text).flat();
        let covered = '';
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(/\s/.test(text.slice(t.start, t.end))).toBe(false);
          covered += text.slice(t.start, t.end);
          last = t.end;
        }
        expect(covered).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
