import { csvTextCell } from '../formats/csv/export';
import type { ProgressReport } from './progress-report';

const COLUMNS = [
  'document',
  'document_id',
  'annotator',
  'annotator_id',
  'assigned',
  'status',
  'done_at',
  'annotations',
  'relations',
  'events',
  'first_edit',
  'last_edit',
  'time_spent_seconds',
];

/**
 * The report as CSV, one row per document and annotator with something to say (assigned, or
 * work there), documents in the project's order: written as the corpus CSV export is (RFC 4180,
 * CRLF rows, UTF-8 with a byte-order mark, text cells safe from formula injection).
 */
export function progressCsv(report: ProgressReport): string {
  const lines: string[] = [];
  report.cells.forEach((row, d) => {
    const document = report.documents[d]!;
    row.forEach((cell, a) => {
      if (cell.status === 'none') return;
      const annotator = report.annotators[a]!;
      lines.push(
        [
          csvTextCell(document.title),
          csvTextCell(document.id),
          csvTextCell(annotator.name),
          csvTextCell(annotator.id),
          cell.assigned ? 'yes' : 'no',
          cell.status,
          cell.doneAt ?? '',
          String(cell.annotations),
          String(cell.relations),
          String(cell.events),
          cell.firstEdit ?? '',
          cell.lastEdit ?? '',
          String(Math.round(cell.timeSpentMs / 1000)),
        ].join(','),
      );
    });
  });
  return `\ufeff${[COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
