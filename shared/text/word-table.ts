/**
 * A lookup table keyed by words read from a document (number words, HTML entity names), without
 * a prototype: `w in table` and `table[w]` then see only the entries, never Object.prototype's
 * "constructor" or "toString".
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
