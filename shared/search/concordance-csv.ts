import { csvTextCell } from '../formats/csv/export';
import type { Label } from '../model';
import type { SearchHit } from './search-request';

const COLUMNS = [
  'document',
  'document_id',
  'start_code_point',
  'end_code_point',
  'left',
  'match',
  'right',
  'labels',
] as const;

/**
 * The concordance as CSV, written as the corpus CSV export is (RFC 4180, CRLF rows, UTF-8 with a
 * byte-order mark, cells safe from formula injection): one row per hit with its document, its
 * code-point offsets (the unit exports use), its context and the labels of the annotations containing it.
 * A document id starting with "-" gets the leading `'` any such cell gets, as in the corpus CSV.
 */
export function concordanceCsv(
  hits: readonly SearchHit[],
  titles: ReadonlyMap<string, string>,
  labels: readonly Label[],
): string {
  const names = new Map(labels.map((l) => [l.id, l.name]));
  const rows = hits.map((hit) =>
    [
      csvTextCell(titles.get(hit.documentId) ?? ''),
      csvTextCell(hit.documentId),
      String(hit.startCodePoint),
      String(hit.endCodePoint),
      csvTextCell(hit.left),
      csvTextCell(hit.text),
      csvTextCell(hit.right),
      csvTextCell([...new Set(hit.coveredBy.map((c) => names.get(c.label) ?? c.label))].join('; ')),
    ].join(','),
  );
  return `\ufeff${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
