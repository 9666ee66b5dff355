import type { ProgressCell, ProgressReport } from '../../shared/team/progress-report';
import { cellText, emptyCell, totalsText } from './progress-cell-text';
import { useGridCursor } from './use-grid-cursor';

export interface GridAnnotator {
  id: string;
  name: string;
}

interface Props {
  report: ProgressReport;
  /** The report's annotators, and this user when it does not list them yet. */
  annotators: GridAnnotator[];
  /** Assign (true) or take back (false) the documents of these cells. */
  onAssign(cells: ProgressCell[], assign: boolean): void;
  onOpen(documentId: string): void;
}

/**
 * Documents × annotators as an ARIA grid: one tab stop, arrows (Home, End, Ctrl+Home, Ctrl+End)
 * move, Space selects a cell, A assigns the selected cells (else the active one) and U takes them
 * back, Enter opens the document.
 */
export function ProgressGrid({ report, annotators, onAssign, onOpen }: Props) {
  const cellAt = (row: number, col: number): ProgressCell | null => {
    if (col === 0) return null;
    return report.cells[row]?.[col - 1] ?? emptyCell(report.documents[row]!.id, annotators[col - 1]!.id);
  };
  const { tableRef, onKeyDown, place, isSelected } = useGridCursor(report.documents.length, annotators.length + 1, {
    onAssign: (places, assign) =>
      onAssign(
        places.flatMap(({ row, col }) => cellAt(row, col) ?? []),
        assign,
      ),
    onOpen: (row) => onOpen(report.documents[row]!.id),
  });
  return (
    <table
      ref={tableRef}
      role="grid"
      className="progress-grid"
      aria-label="Progress: documents by annotator"
      onKeyDown={onKeyDown}
    >
      <thead>
        <tr>
          <th scope="col">Document</th>
          {annotators.map((a) => (
            <th key={a.id} scope="col">
              {a.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.documents.map((d, row) => (
          <tr key={d.id}>
            <th scope="row" {...place(row, 0)}>
              {d.title}
            </th>
            {annotators.map((a, i) => {
              const cell = cellAt(row, i + 1)!;
              return (
                <td
                  key={a.id}
                  {...place(row, i + 1)}
                  aria-selected={isSelected(row, i + 1)}
                  className={`progress-cell status-${cell.status}`}
                  onDoubleClick={() => onOpen(d.id)}
                >
                  {cellText(cell)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          {annotators.map((a) => {
            const totals = report.totals.find((t) => t.annotator === a.id);
            return <td key={a.id}>{totals ? totalsText(totals) : '—'}</td>;
          })}
        </tr>
      </tfoot>
    </table>
  );
}
