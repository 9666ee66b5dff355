import { describe, expect, it } from 'vitest';
import { concordanceCsv } from '../../../../shared/search/concordance-csv';
import { concordanceRows } from '../../../../shared/search/concordance-order';
import type { SearchHit } from '../../../../shared/search/search-request';
import { defaultAnnotationSchema } from '../../../../shared/model';

function hit(left: string, text: string, right: string, labels: string[] = [], documentId = 'd1'): SearchHit {
  return {
    documentId,
    start: 0,
    end: text.length,
    startCodePoint: 0,
    endCodePoint: [...text].length,
    text,
    left,
    right,
    coveredBy: labels.map((label, i) => ({ annotationId: `a${i}`, label, exact: false })),
  };
}

const said = hit('as ministry spokesman said ', 'Hajizada', ' on Monday', ['actor']);
const told = hit('the minister told ', 'Hajizada', ', twice');
const quoted = hit('Aykhan ', 'Hajizada', ' said', ['claim', 'actor']);

describe('concordance rows', () => {
  it('keep the found order, or sort by the word nearest the hit on the left or the right', () => {
    expect(concordanceRows([said, told, quoted], 'text', 'all')).toEqual([said, told, quoted]);
    // Left: "Aykhan" < "said" < "told", read outwards from the hit.
    expect(concordanceRows([said, told, quoted], 'left', 'all')).toEqual([quoted, said, told]);
    // Right: ", twice" < "on Monday" < "said" (punctuation first, as the collator orders it).
    expect(concordanceRows([said, told, quoted], 'right', 'all')).toEqual([told, said, quoted]);
  });

  it('filter hits inside an annotation already, or in none', () => {
    expect(concordanceRows([said, told, quoted], 'text', 'labelled')).toEqual([said, quoted]);
    expect(concordanceRows([said, told, quoted], 'text', 'unlabelled')).toEqual([told]);
  });
});

describe('concordance CSV', () => {
  it('puts a quote before a document id a spreadsheet would read as a formula', () => {
    const csv = concordanceCsv([{ ...told, documentId: '-2n3KHDwca8M' }], new Map(), []);
    expect(csv.split('\r\n')[1]).toMatch(/^,'-2n3KHDwca8M,0,8,/);
  });

  it('writes one row per hit with code-point offsets, context and label names, safe for spreadsheets', () => {
    const emoji = { ...hit('=1+1 😀 ', '"25%"', ', said', ['figure']), startCodePoint: 8, endCodePoint: 13 };
    const csv = concordanceCsv([quoted, emoji], new Map([['d1', 'Report, day 1']]), defaultAnnotationSchema().labels);
    expect(csv).toBe(
      '\ufeffdocument,document_id,start_code_point,end_code_point,left,match,right,labels\r\n' +
        '"Report, day 1",d1,0,8,Aykhan ,Hajizada, said,Claim; Actor\r\n' +
        `"Report, day 1",d1,8,13,'=1+1 😀 ,"""25%""",", said",Figure\r\n`,
    );
  });
});
