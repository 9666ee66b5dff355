import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonBlankLines } from '../../../../../shared/formats/corpus/text-lines';

describe('nonBlankLines', () => {
  it('gives the non-blank lines of split(/\\r?\\n/) with their 1-based numbers (a lone or final CR stays)', () => {
    const text = fc
      .array(fc.constantFrom('a', '{}', '😀', ' ', '\n', '\r', '\r\n'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const expected = t
          .split(/\r?\n/)
          .map((line, i): [string, number] => [line, i + 1])
          .filter(([line]) => line.trim() !== '');
        expect([...nonBlankLines(t)]).toEqual(expected);
      }),
      { numRuns: 500 },
    );
    expect([...nonBlankLines('a\r\n\r\n b\ra\r')]).toEqual([
      ['a', 1],
      [' b\ra\r', 3],
    ]);
  });
});
