import { describe, expect, it } from 'vitest';
import { csvExporter, csvTextCell } from '../../../../../shared/formats/csv/export';
import { exportToFiles } from '../export-files';
import { handCheckedCorpus } from '../format-corpus';

describe('CSV export', () => {
  it('CSV: BOM, CRLF rows, RFC 4180 quoting, formulas neutralised', () => {
    const csv = exportToFiles(csvExporter, handCheckedCorpus()).get('')!;
    expect(csv.startsWith('\ufeffdocument,label,start,end,text,attributes,note,annotator\r\n')).toBe(true);
    expect(csv).toContain(`"'=SUM(A1) is ""not"" a formula, Zoë.",Claim,0,8,'=SUM(A1),,,ana\r\n`);
    expect(csvTextCell('+1')).toBe("'+1");
    expect(csvTextCell('-1')).toBe("'-1");
    expect(csvTextCell('@cmd')).toBe("'@cmd");
    expect(csvTextCell('\tx')).toBe("'\tx");
    expect(csvTextCell('\rx')).toBe(`"'\rx"`);
    expect(csvTextCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvTextCell('plain')).toBe('plain');
  });
});
