import { describe, expect, it } from 'vitest';
import { detectLineEndings, normaliseLineEndings } from '../../../../shared/text/line-endings';
import { titleFromText } from '../../../../shared/text/document-title';

describe('line endings', () => {
  it.each([
    ['a\nb', 'lf'],
    ['a\r\nb\r\n', 'crlf'],
    ['a\rb', 'cr'],
    ['a\r\nb\nc', 'mixed'],
    ['abc', 'none'],
  ] as const)('%j uses %s', (text, style) => expect(detectLineEndings(text)).toBe(style));

  it('normalises CRLF and CR to LF only', () => {
    expect(normaliseLineEndings('a\r\nb\rc\n\r\n')).toBe('a\nb\nc\n\n');
  });
});

describe('document titles', () => {
  it('take the first non-blank line', () =>
    expect(titleFromText('\n  Hello world  \nrest', 'f.txt')).toBe('Hello world'));
  it('fall back to the file name for blank text', () => expect(titleFromText(' \n ', 'f.txt')).toBe('f.txt'));
  it('cut long lines at a word boundary', () => {
    const title = titleFromText(`${'word '.repeat(60)}end`, 'f');
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith('word…')).toBe(true);
  });
});
