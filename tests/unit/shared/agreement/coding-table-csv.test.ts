import { describe, expect, it } from 'vitest';
import { readCodingTable } from '../../../../shared/agreement/coding-table-csv';

describe('a coding table read from CSV', () => {
  it('finds coder, unit and label by header name, in any order and case, beside other columns', () => {
    const csv = '\ufeffNote,Label,UNIT,coder\r\n"a, b",x,u1,ana\r\n,"y ""quoted""",u1,ben\r\n\r\n';
    expect(readCodingTable('t.csv', csv)).toEqual({
      codings: [
        { coder: 'ana', unit: 'u1', label: 'x' },
        { coder: 'ben', unit: 'u1', label: 'y "quoted"' },
      ],
    });
  });

  it('an empty label is a missing value, as a missing row is', () => {
    expect(readCodingTable('t.csv', 'coder,unit,label\nana,u1,\nben,u1,x\n')).toEqual({
      codings: [{ coder: 'ben', unit: 'u1', label: 'x' }],
    });
  });

  it('says what is wrong, naming the file and the line', () => {
    const problem = (csv: string) => {
      const read = readCodingTable('table.csv', csv);
      return 'problem' in read ? read.problem : null;
    };
    expect(problem('')).toBe('table.csv is empty: expected a header naming the columns coder, unit and label');
    expect(problem('rater,unit,label\n')).toBe(
      'table.csv, line 1: no "coder" column: the header must name coder, unit and label (it names "rater", "unit", "label")',
    );
    expect(problem('coder,unit,label,Label\n')).toBe('table.csv, line 1: the header names "label" twice');
    expect(problem('coder,unit,label\nana,u1,x\nben,u1\n')).toBe('table.csv, line 3: 2 fields where the header has 3');
    expect(problem('coder,unit,label\n,u1,x\n')).toBe('table.csv, line 2: the coder is empty');
    expect(problem('coder,unit,label\nana,"u\n1",x\nana,"u\n1",y\n')).toBe(
      'table.csv, line 4: coder "ana" labelled unit "u\n1" already, on line 2',
    );
    expect(problem('coder,unit,label\nana,u1,"x\n')).toBe('table.csv, line 2: a quoted field is never closed');
  });
});
