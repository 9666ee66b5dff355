/** A place in the grid: `row` a document, `col` 0 its title and 1… the annotators. */
export interface GridPlace {
  row: number;
  col: number;
}

/** Where an arrow, Home or End key moves from `at` in a grid of `rows` × `cols`; null: not a move key. */
export function movedPlace(key: string, ctrl: boolean, at: GridPlace, rows: number, cols: number): GridPlace | null {
  const clamp = (n: number, size: number) => Math.max(0, Math.min(size - 1, n));
  switch (key) {
    case 'ArrowDown':
      return { ...at, row: clamp(at.row + 1, rows) };
    case 'ArrowUp':
      return { ...at, row: clamp(at.row - 1, rows) };
    case 'ArrowRight':
      return { ...at, col: clamp(at.col + 1, cols) };
    case 'ArrowLeft':
      return { ...at, col: clamp(at.col - 1, cols) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { ...at, col: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, col: cols - 1 } : { ...at, col: cols - 1 };
    default:
      return null;
  }
}

export const placeKey = ({ row, col }: GridPlace): string => `${row}:${col}`;
