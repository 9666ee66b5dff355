import { csvTextCell } from '../formats/csv/export';
import { SPAN_MEASURES, type AgreementReport, type SpanAgreement } from './agreement-report';
import type { Measurement } from './measurement';

/** The report as a JSON file: what `tagwright agreement PROJECT --json` prints. */
export function agreementReportJson(report: AgreementReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const COLUMNS = ['scope', 'reference', 'other', 'label', 'attribute', 'document', 'measure', 'value', 'reason'];

/** One row of the CSV, by column name; missing columns are empty. */
type Row = Partial<Record<(typeof COLUMNS)[number], string>> & { measure: string };

/**
 * The report as CSV, one figure per row (a long table a spreadsheet filters and pivots): the
 * scope (group, pair, attribute, relations, document), who and what it is about by name, the
 * measure (the JSON report's key), its value, and the reason when it is undefined. Written as the
 * corpus CSV export is: RFC 4180, CRLF rows, UTF-8 with a byte-order mark, cells safe from
 * formula injection.
 */
export function agreementReportCsv(report: AgreementReport): string {
  const annotator = new Map(report.annotators.map((a) => [a.id, a.name]));
  const label = new Map(report.labels.map((l) => [l.id, l.name]));
  const rows: Row[] = [
    { scope: 'group', measure: 'unitisedDocuments', value: String(report.group.unitisedDocuments) },
    ...labelledRows({ scope: 'group' }, report.group, label),
    ...report.pairs.flatMap((p) =>
      labelledRows({ scope: 'pair', reference: annotator.get(p.reference), other: annotator.get(p.other) }, p, label),
    ),
    ...report.attributes.flatMap((a) => {
      const about = { scope: 'attribute', label: label.get(a.label), attribute: a.attribute };
      return [
        { ...about, measure: 'matched', value: String(a.matched) },
        { ...about, ...measurementCells('percent', a.percent) },
        { ...about, ...measurementCells('alpha', a.alpha) },
      ];
    }),
    ...relationRows(report, annotator),
    ...report.documents.flatMap((d) => [
      { scope: 'document', document: d.title, measure: 'annotators', value: String(d.annotators) },
      { scope: 'document', document: d.title, ...measurementCells('tokenAlpha', d.tokenAlpha) },
      { scope: 'document', document: d.title, ...measurementCells('overlapF1', d.overlapF1) },
    ]),
  ];
  const lines = rows.map((row) => COLUMNS.map((c) => csvTextCell(row[c] ?? '')).join(','));
  return `\ufeff${[COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

function measurementCells(measure: string, m: Measurement): Row {
  return m.value === null ? { measure, value: '', reason: m.reason } : { measure, value: String(m.value) };
}

/** A scope's span figures, over all labels ("(all)") and for each label. */
function labelledRows(
  about: Omit<Row, 'measure'>,
  agreement: { overall: SpanAgreement; perLabel: { label: string; agreement: SpanAgreement }[] },
  label: ReadonlyMap<string, string>,
): Row[] {
  return [
    ...spanRows({ ...about, label: '(all)' }, agreement.overall),
    ...agreement.perLabel.flatMap((l) => spanRows({ ...about, label: label.get(l.label) }, l.agreement)),
  ];
}

function spanRows(about: Omit<Row, 'measure'>, a: SpanAgreement): Row[] {
  return [
    { ...about, measure: 'referenceSpans', value: String(a.spans.reference) },
    { ...about, measure: 'otherSpans', value: String(a.spans.other) },
    { ...about, measure: 'exactMatches', value: String(a.spans.exact) },
    { ...about, measure: 'overlapMatches', value: String(a.spans.overlap) },
    ...SPAN_MEASURES.map(({ key }) => ({ ...about, ...measurementCells(key, a[key]) })),
  ];
}

function relationRows(report: AgreementReport, annotator: ReadonlyMap<string, string>): Row[] {
  return [
    { scope: 'relations', ...measurementCells('f1', report.relations.group) },
    ...report.relations.pairs.flatMap((p) => {
      const about = { scope: 'relations', reference: annotator.get(p.reference), other: annotator.get(p.other) };
      return [
        { ...about, measure: 'referenceRelations', value: String(p.referenceRelations) },
        { ...about, measure: 'otherRelations', value: String(p.otherRelations) },
        { ...about, measure: 'matched', value: String(p.matched) },
        { ...about, ...measurementCells('f1', p.f1) },
      ];
    }),
  ];
}
