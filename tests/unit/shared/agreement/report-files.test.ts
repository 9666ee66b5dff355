import { describe, expect, it } from 'vitest';
import { measureProjectAgreement } from '../../../../shared/agreement/project-agreement';
import { agreementReportCsv, agreementReportJson } from '../../../../shared/agreement/report-files';
import { readCsvRecords } from '../../../../shared/text/csv-records';
import { defaultAnnotationSchema } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';

const text = 'Baku, said the envoy.';
const report = measureProjectAgreement({
  labels: defaultAnnotationSchema().labels,
  annotators: [
    { id: 'a1', name: '=HYPERLINK("x")' },
    { id: 'a2', name: 'Ben, "the second"' },
  ],
  documents: [
    {
      id: 'd1',
      title: '+1 in the title',
      text,
      annotations: [
        annotationOf(text, 'x1', 0, 4, { annotator: 'a1', label: 'actor' }),
        annotationOf(text, 'x2', 0, 4, { annotator: 'a2', label: 'actor' }),
      ],
      relations: [],
    },
  ],
});

describe('the agreement report as files', () => {
  it('JSON is the report itself', () => {
    expect(JSON.parse(agreementReportJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('CSV: BOM, CRLF, names quoted and safe from formula injection, reasons beside undefined values', () => {
    const csv = agreementReportCsv(report);
    expect(csv.startsWith('\ufeffscope,reference,other,label,attribute,document,measure,value,reason\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const read = readCsvRecords(csv);
    if (!('records' in read)) throw new Error(read.problem);
    const rows = read.records.map((r) => r.fields);
    expect(rows).toContainEqual(['pair', `'=HYPERLINK("x")`, 'Ben, "the second"', 'Actor', '', '', 'exactF1', '1', '']);
    expect(rows).toContainEqual(['document', '', '', '', '', "'+1 in the title", 'annotators', '2', '']);
    expect(rows).toContainEqual(['group', '', '', 'Claim', '', '', 'overlapF1', '', 'neither annotator marked a span']);
    // The unitised alpha: both marked "Baku" alone, as Actor; no one marked a Claim.
    expect(rows).toContainEqual(['group', '', '', '', '', '', 'unitisedDocuments', '1', '']);
    expect(rows).toContainEqual([
      'pair',
      `'=HYPERLINK("x")`,
      'Ben, "the second"',
      'Actor',
      '',
      '',
      'unitisedAlpha',
      '1',
      '',
    ]);
    expect(rows).toContainEqual(['group', '', '', 'Claim', '', '', 'unitisedAlpha', '', 'no coder marked a stretch']);
  });
});
