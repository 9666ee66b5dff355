import { groupedBy } from '../../shared/collections/grouped-by';

/** Rows (annotations, events, equivalence groups) grouped by the document they belong to, in order. */
export function rowsByDocument<T extends { documentId: string }>(rows: readonly T[]): Map<string, T[]> {
  return groupedBy(rows, (row) => row.documentId);
}
