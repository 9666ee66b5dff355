/** Which hits are selected in the concordance, by hitKey: what a click or a key makes of a selection. */

/** The selection with `key` added, or taken out if it was in. */
export function toggled(selected: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(selected);
  if (!next.delete(key)) next.add(key);
  return next;
}

/** The rows from `from` to `to` (either way round) added to the selection: Shift+click, Shift+arrows. */
export function withRange(
  selected: ReadonlySet<string>,
  keys: readonly string[],
  from: number,
  to: number,
): Set<string> {
  const next = new Set(selected);
  for (const key of keys.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(key);
  return next;
}

/** Every row selected, or none when every row is already. */
export function allOrNone(selected: ReadonlySet<string>, keys: readonly string[]): Set<string> {
  return keys.every((k) => selected.has(k)) ? new Set() : new Set(keys);
}
