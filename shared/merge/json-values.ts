/**
 * JSON with every object's keys sorted: two values that mean the same (attributes written in
 * another order by another file) give the same text, so it can key a Map.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortedKeys(value));
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    // Absent and undefined are the same thing in a saved file.
    if (record[key] !== undefined)
      Object.defineProperty(sorted, key, { value: sortedKeys(record[key]), enumerable: true });
  }
  return sorted;
}

/**
 * A deep copy of a value read from a project file (plain JSON: no dates, maps or cycles), so the
 * merged project shares no object with the file it came from or the schema it started with.
 */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
