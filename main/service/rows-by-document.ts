/** Rows (annotations, events, equivalence groups) grouped by the document they belong to, in order. */
export function rowsByDocument<T extends { documentId: string }>(rows: readonly T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.documentId);
    if (list) list.push(row);
    else grouped.set(row.documentId, [row]);
  }
  return grouped;
}
