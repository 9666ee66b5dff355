import { describe, expect, it } from 'vitest';
import { anchorSpan, sourceText } from '../../../../../shared/formats/corpus/anchor-spans';

describe('anchorSpan', () => {
  it('maps offsets after a CRLF to the LF text', () => {
    const source = sourceText('a\r\nb😀c\r\nd');
    expect(source.text).toBe('a\nb😀c\nd');
    const result = anchorSpan(source, {
      key: 'k',
      label: 'x',
      fragments: [{ start: 5, end: 6 }],
      quote: 'c',
      attributes: {},
      note: '',
    });
    // a \r \n b 😀 c: "c" is code point 5; in the LF text (one CR fewer, emoji two units) it is 5–6.
    expect(result).toEqual({ ok: true, fragments: [{ start: 5, end: 6 }] });
  });
});

describe('anchorSpan re-anchors only where nothing is guessed', () => {
  const text = 'It cost 5 dollars. Armenia gave maps; Armenia kept them.';
  const span = (fragments: { start: number; end: number }[], quote: string, context: object = {}) =>
    anchorSpan(sourceText(text), { key: 'T1', label: 'x', fragments, quote, attributes: {}, note: '', ...context });

  it('refuses a one-character quote whose offsets are impossible, though it occurs once', () => {
    expect(span([{ start: 90, end: 91 }], '5')).toEqual({
      ok: false,
      message:
        'offsets 90–91 are out of range: the text has 56 characters; not re-anchored: the quote is shorter than 3 characters and no context confirms where it goes',
    });
  });

  it('places the same quote where its prefix and suffix confirm it', () => {
    expect(span([{ start: 90, end: 91 }], '5', { prefix: 'cost ', suffix: ' dollars' })).toEqual({
      ok: true,
      fragments: [{ start: 8, end: 9 }],
      warning: 'quote "5" was at 90–91, out of range; re-anchored at 8, where its context confirms it',
    });
  });

  it('refuses a quote that occurs twice when nothing tells the places apart, instead of taking the nearest', () => {
    expect(span([{ start: 20, end: 27 }], 'Armenia')).toEqual({
      ok: false,
      message:
        'quote "Armenia" does not match the text at 20–27 ("rmenia ")' +
        '; not re-anchored: the quote occurs 2 times and no prefix or suffix tells which',
    });
  });

  it('takes the nearest of the places its context confirms', () => {
    expect(span([{ start: 37, end: 44 }], 'Armenia', { suffix: ' ' })).toMatchObject({
      ok: true,
      fragments: [{ start: 38, end: 45 }],
    });
  });

  it('re-anchors a quote long enough to stand alone that occurs once', () => {
    expect(span([{ start: 1, end: 6 }], 'maps;')).toEqual({
      ok: true,
      fragments: [{ start: 32, end: 37 }],
      warning: 'quote "maps;" did not match the text at 1–6; re-anchored at 32, the one place it occurs',
    });
  });

  it('places a quote-only target (no offsets) only where one place fits: a unique character is exact, a repeated quote is not', () => {
    expect(span([], '5')).toEqual({ ok: true, fragments: [{ start: 8, end: 9 }] });
    expect(span([], 'Armenia')).toEqual({
      ok: false,
      message: 'quote "Armenia" occurs 2 times and no prefix or suffix tells which',
    });
    expect(span([], 'Armenia', { prefix: '; ' })).toEqual({ ok: true, fragments: [{ start: 38, end: 45 }] });
  });
});
