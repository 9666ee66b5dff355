import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeTsvText,
  escapeTsvValue,
  splitUnescaped,
  unescapeTsvText,
  unescapeTsvValue,
} from '../../../../../shared/formats/webanno-tsv/tsv-escaping';

// Backslashes, the letters that follow one in an escape, reserved characters and every C0 control.
const tricky = fc.string({
  unit: fc.constantFrom(
    '\\',
    't',
    'n',
    'r',
    'f',
    'b',
    'x',
    '|',
    ';',
    '_',
    '*',
    '[',
    ']',
    '-',
    '>',
    ' ',
    '😀',
    '\u0000',
    '\u0001',
    '\u0007',
    '\b',
    '\t',
    '\u000b',
    '\f',
    '\r',
    '\u000e',
    '\u001f',
  ),
  maxLength: 30,
});

describe('WebAnno TSV 3 escaping (INCEpTION 3.2+)', () => {
  it('a #Text line un-escapes to what was escaped, whatever its backslashes and controls', () => {
    fc.assert(
      fc.property(tricky, (line) => {
        expect(unescapeTsvText(escapeTsvText(line), 3)).toBe(line);
      }),
    );
  });

  it('escapes as INCEpTION writes: \\\\, \\t, \\r, \\f, \\b, a backslash before other controls, vertical tab as it is', () => {
    expect(escapeTsvText('C:\\temp\\new\t\r\f\b\u0001\u000b')).toBe('C:\\\\temp\\\\new\\t\\r\\f\\b\\\u0001\u000b');
  });

  it('a feature value un-escapes to what was escaped, and stacked values split only at unescaped bars', () => {
    fc.assert(
      fc.property(fc.array(tricky, { minLength: 1, maxLength: 4 }), (values) => {
        const cell = values.map(escapeTsvValue).join('|');
        expect(splitUnescaped(cell, '|').map(unescapeTsvValue)).toEqual(values);
      }),
    );
  });
});
