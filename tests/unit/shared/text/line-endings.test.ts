import { describe, expect, it } from 'vitest';
import { detectLineEndings, normaliseLineEndings } from '../../../../shared/text/line-endings';

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
