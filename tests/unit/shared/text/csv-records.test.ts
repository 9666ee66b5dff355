import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvTextCell } from '../../../../shared/formats/csv/export';
import { readCsvRecords } from '../../../../shared/text/csv-records';

const fieldsOf = (text: string) => {
  const read = readCsvRecords(text);
  return 'records' in read ? read.records.map((r) => r.fields) : read;
};

describe('reading RFC 4180 CSV', () => {
  it('quoted fields hold commas, doubled quotes and line breaks; CRLF, LF and CR end records', () => {
    expect(fieldsOf('a,"b, c","say ""hi"""\r\n"two\r\nlines",x,\n3,,"z"\rlast')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['two\r\nlines', 'x', ''],
      ['3', '', 'z'],
      ['last'],
    ]);
  });

  it('skips a byte-order mark; a final line break adds no record; a blank line is one empty field', () => {
    expect(fieldsOf('\ufeffcoder,unit\r\n\r\nA,1\r\n')).toEqual([['coder', 'unit'], [''], ['A', '1']]);
    expect(fieldsOf('')).toEqual([]);
  });

  it('numbers each record by the line it starts on, counting the line breaks inside quotes', () => {
    const read = readCsvRecords('h\r\n"one\ntwo\r\nthree"\r\nnext\n"x"');
    expect('records' in read && read.records.map((r) => r.line)).toEqual([1, 2, 5, 6]);
  });

  it('refuses what RFC 4180 does not allow, naming the line', () => {
    expect(fieldsOf('a,b\nc,d"e\n')).toEqual({
      line: 2,
      problem: 'a quote inside an unquoted field (a field holding quotes must be in quotes, its quotes doubled)',
    });
    expect(fieldsOf('a\n"b"c,d')).toEqual({ line: 2, problem: 'text after the closing quote of a field' });
    expect(fieldsOf('a\n\n"open,\nstill open')).toEqual({ line: 3, problem: 'a quoted field is never closed' });
  });

  it('reads back what the CSV export writes, whatever the text', () => {
    // The export's cells, less formula neutralisation (which changes a cell's first character on purpose).
    const text = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !/^[=+\-@\t\r]/.test(s));
    const records = fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { maxLength: 6 });
    fc.assert(
      fc.property(records, fc.constantFrom('\r\n', '\n'), (rows, eol) => {
        const written = rows.map((r) => r.map(csvTextCell).join(',') + eol).join('');
        expect(fieldsOf(written)).toEqual(rows);
      }),
    );
  });
});
