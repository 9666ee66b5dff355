/**
 * Plain-text search matches a folded copy of each text: compatibility forms decomposed (ﬁ → fi,
 * ² → 2), diacritics dropped (é, e + U+0301 → e) and, unless case matters, case folded (Straße →
 * strasse). A hit found in the folded copy is mapped back to exact UTF-16 offsets of the original.
 *
 * The text is folded in units: one code point with the combining marks that follow it, so a hit
 * never leaves an accent behind. Most units fold to one character in place; only the others (a
 * unit whose folded length differs from its own, or longer than one code unit) are recorded, so an
 * ASCII text carries no map at all. A hit that starts or ends inside such a unit (the second "s"
 * of ß) has no original offset: it would cut a character, so it is not a hit.
 */
export interface FoldedText {
  /** The folded text that matching runs on. */
  readonly text: string;
  /** Original UTF-16 offset where a match starting at folded offset `f` starts; null inside a unit. */
  originalStart(f: number): number | null;
  /** Original UTF-16 offset where a match ending at folded offset `f` (exclusive, > 0) ends; null inside a unit. */
  originalEnd(f: number): number | null;
}

const MARKS = /\p{M}/gu;
const IS_MARK = /^\p{M}$/u;

/** Folds one unit (or a whole query): NFKD, lower case unless asked not to, no combining marks. */
export function foldString(text: string, caseSensitive: boolean): string {
  let folded = text.normalize('NFKD');
  // Lower-casing may add a mark (İ → i + U+0307), so marks go after it.
  if (!caseSensitive) folded = folded.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
  return folded.replace(MARKS, '');
}

/** Folds `text` and keeps the map back to it. */
export function foldText(text: string, caseSensitive: boolean): FoldedText {
  const parts: string[] = [];
  const map = new UnitMapBuilder();
  // Folds repeat (every é in a French text): each distinct unit is folded once.
  const cache = new Map<string, string>();
  let folded = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // An ASCII run folds in place, in one call; its last character stays out when a non-ASCII one
    // follows, since that may be a combining mark belonging to it.
    let j = i;
    while (j < n && text.charCodeAt(j) < 0x80) j++;
    const runEnd = j < n ? j - 1 : j;
    if (runEnd > i) {
      const run = text.slice(i, runEnd);
      parts.push(caseSensitive ? run : run.toLowerCase());
      folded += runEnd - i;
      i = runEnd;
      continue;
    }
    const unitEnd = endOfUnit(text, i);
    const unit = text.slice(i, unitEnd);
    let foldedUnit = cache.get(unit);
    if (foldedUnit === undefined) {
      foldedUnit = foldString(unit, caseSensitive);
      cache.set(unit, foldedUnit);
    }
    parts.push(foldedUnit);
    if (unit.length !== 1 || foldedUnit.length !== 1) map.add(folded, folded + foldedUnit.length, i, unitEnd);
    folded += foldedUnit.length;
    i = unitEnd;
  }
  return map.build(parts.join(''));
}

/** Where the unit starting at `i` ends: after its code point and the combining marks that follow. */
function endOfUnit(text: string, i: number): number {
  let end = i + codePointLength(text, i);
  while (end < text.length) {
    const length = codePointLength(text, end);
    if (!IS_MARK.test(text.slice(end, end + length))) break;
    end += length;
  }
  return end;
}

function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** The units that do not fold one character to one character, in text order. */
class UnitMapBuilder {
  #foldedStarts: number[] = [];
  #foldedEnds: number[] = [];
  #originalStarts: number[] = [];
  #originalEnds: number[] = [];

  add(foldedStart: number, foldedEnd: number, originalStart: number, originalEnd: number): void {
    this.#foldedStarts.push(foldedStart);
    this.#foldedEnds.push(foldedEnd);
    this.#originalStarts.push(originalStart);
    this.#originalEnds.push(originalEnd);
  }

  build(text: string): FoldedText {
    const fs = Int32Array.from(this.#foldedStarts);
    const fe = Int32Array.from(this.#foldedEnds);
    const os = Int32Array.from(this.#originalStarts);
    const oe = Int32Array.from(this.#originalEnds);
    // Between recorded units the two texts run in step: offset = end of the last unit + distance.
    return {
      text,
      originalStart(f) {
        const k = lastAtOrBelow(fs, f);
        if (k === -1) return f;
        if (f < fe[k]!) return f === fs[k]! ? os[k]! : null;
        return oe[k]! + (f - fe[k]!);
      },
      originalEnd(f) {
        const k = lastAtOrBelow(fs, f - 1);
        if (k === -1) return f;
        if (f < fe[k]!) return null;
        return oe[k]! + (f - fe[k]!);
      },
    };
  }
}

/** Index of the last value ≤ x in a sorted array, -1 if none. */
function lastAtOrBelow(sorted: Int32Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
