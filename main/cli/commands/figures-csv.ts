import { csvTextCell } from '../../../shared/formats/csv/export';
import type { AttributeValue } from '../../../shared/model';
import { FIGURE_COLUMNS, type FigureRow } from './figure-rows';

const COLUMNS = ['document', 'document_id', 'start_code_point', 'end_code_point', 'quote', 'label', ...FIGURE_COLUMNS];

const cell = (value: AttributeValue): string =>
  value === null ? '' : typeof value === 'string' ? csvTextCell(value) : String(value);

/**
 * The figures as CSV, written as the corpus CSV export is (RFC 4180, CRLF rows, UTF-8 with a
 * byte-order mark, text cells safe from formula injection); an attribute not stored is an empty cell.
 */
export function figuresCsv(rows: readonly FigureRow[]): string {
  const lines = rows.map((r) =>
    [
      cell(r.document),
      cell(r.documentId),
      String(r.start),
      String(r.end),
      cell(r.quote),
      cell(r.label),
      ...FIGURE_COLUMNS.map((name) => cell(r[name])),
    ].join(','),
  );
  return `\ufeff${[COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
