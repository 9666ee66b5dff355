import type { Fragment } from '../../model';

/**
 * The parts of brat's standoff line syntax (brat docs, "Standoff format") that its importer and
 * exporter share, so each direction reads exactly what the other writes.
 */

/** The attribute carried as a brat normalisation (`N`) line instead of an `A` line. */
export const BRAT_NORMALIZATION_ATTRIBUTE = 'normalization';

/** True for a value an `N` line can hold: a `DB:ID` reference without spaces. */
export function isBratReference(value: string): boolean {
  return /^\S+:\S+$/.test(value);
}

/** A text-bound (`T`) line's offsets: `START END` per fragment, joined by `;` (discontinuous spans). */
export function formatBratOffsets(fragments: readonly Fragment[]): string {
  return fragments.map((f) => `${f.start} ${f.end}`).join(';');
}

/** A `T` line's middle field, `TYPE START END[;START END…]`, with its fragments sorted; null when malformed. */
export function parseTextBoundField(field: string): { label: string; fragments: Fragment[] } | null {
  const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(field);
  if (!match) return null;
  const fragments = match[2]!
    .split(';')
    .map((pair) => pair.split(' ').map(Number) as [number, number])
    .map(([start, end]) => ({ start, end }))
    .sort((x, y) => x.start - y.start);
  return { label: match[1]!, fragments };
}
