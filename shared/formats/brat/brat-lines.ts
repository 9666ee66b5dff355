import type { Fragment } from '../../model';

/**
 * The parts of brat's standoff line syntax (brat docs, "Standoff format") that its importer and
 * exporter share, so each direction reads exactly what the other writes.
 */

/** A text-bound (`T`) line's offsets: `START END` per fragment, joined by `;` (discontinuous spans). */
export function formatBratOffsets(fragments: readonly Fragment[]): string {
  return fragments.map((f) => `${f.start} ${f.end}`).join(';');
}

/**
 * A `T` line's middle field, `TYPE START END[;START END…]`: its fragments sorted, and as listed
 * (a tool may list them out of order: Quaero's `T32 DISO 1013 1033;995 1003`); null when malformed.
 */
export function parseTextBoundField(
  field: string,
): { label: string; fragments: Fragment[]; listed: Fragment[] } | null {
  const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(field);
  if (!match) return null;
  const listed = match[2]!
    .split(';')
    .map((pair) => pair.split(' ').map(Number) as [number, number])
    .map(([start, end]) => ({ start, end }));
  return { label: match[1]!, fragments: [...listed].sort((x, y) => x.start - y.start), listed };
}

/**
 * A `T` line's text, its fragments' texts joined by a space in the order the line lists them,
 * put in text order: `cells B` for `149 154;141 142` is `B cells`. Each piece is as long (in code
 * points, brat's unit) as its fragment; text that does not split so is returned as it is, for the
 * anchoring to compare with the document and report.
 */
export function textInFragmentOrder(text: string, listed: readonly Fragment[]): string {
  const inOrder = listed.every((f, i) => i === 0 || listed[i - 1]!.start <= f.start);
  if (inOrder) return text;
  const characters = Array.from(text);
  const pieces: { start: number; text: string }[] = [];
  let at = 0;
  for (const [i, f] of listed.entries()) {
    if (i > 0 && characters[at++] !== ' ') return text;
    pieces.push({ start: f.start, text: characters.slice(at, at + f.end - f.start).join('') });
    at += f.end - f.start;
  }
  if (at !== characters.length) return text;
  return pieces
    .sort((x, y) => x.start - y.start)
    .map((p) => p.text)
    .join(' ');
}
