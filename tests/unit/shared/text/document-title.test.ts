import { describe, expect, it } from 'vitest';
import { titleFromText } from '../../../../shared/text/document-title';

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
