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
