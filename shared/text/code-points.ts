import { isInsideSurrogatePair } from './surrogate-pairs';

/**
 * Offsets cross formats in two units: UTF-16 code units (JavaScript strings, our store) and
 * Unicode code points (Python string indices: brat, doccano, spaCy, Label Studio, W3C).
 * Every exporter and importer converts through this module.
 */

/** Maps UTF-16 offsets of one text to code-point offsets and back, in O(log n) per lookup. */
export interface OffsetConverter {
  /** Code-point index of a UTF-16 offset; an offset inside a surrogate pair maps to its code point. */
  toCodePoint(utf16: number): number;
  /** UTF-16 offset of a code-point index. */
  toUtf16(codePoint: number): number;
  /** Length of the text in code points. */
  readonly codePointLength: number;
}

/** Builds a converter for `text`; when the text has no astral characters both units agree. */
export function createOffsetConverter(text: string): OffsetConverter {
  // Sorted UTF-16 offsets of every high surrogate that starts a pair.
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i);
        i++;
      }
    }
  }
  const codePointLength = text.length - pairs.length;
  if (pairs.length === 0) {
    return { toCodePoint: (u) => u, toUtf16: (c) => c, codePointLength };
  }
  return {
    codePointLength,
    toCodePoint(utf16) {
      // Pairs that start strictly before utf16 each count one code unit too many...
      const before = countBelow(pairs, utf16);
      // ...but an offset in the middle of a pair belongs to that pair's code point.
      return utf16 - before;
    },
    toUtf16(codePoint) {
      // The k-th pair (0-based) starts at code point pairs[k] - k; count pairs starting before.
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (pairs[mid]! - mid < codePoint) lo = mid + 1;
        else hi = mid;
      }
      return codePoint + lo;
    },
  };
}

/** Number of sorted values strictly below `x` (binary search). */
export function countBelow(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of code points in `text`: a surrogate pair counts once (Python's `len`). */
export function codePointCount(text: string): number {
  let pairs = 0;
  for (let i = 1; i < text.length; i++) if (isInsideSurrogatePair(text, i)) pairs++;
  return text.length - pairs;
}

/** Slices `text` by code-point offsets (what Python's `text[start:end]` returns). */
export function sliceByCodePoints(
  text: string,
  start: number,
  end: number,
  converter = createOffsetConverter(text),
): string {
  return text.slice(converter.toUtf16(start), converter.toUtf16(end));
}

/**
 * Code-point offsets of UTF-16 offsets asked in increasing order, in one pass over the text (an
 * earlier offset starts the count again): search converts thousands of hits without building a
 * converter for every document. Agrees with createOffsetConverter, mid-pair offsets included.
 */
export function codePointCounter(text: string): (utf16: number) => number {
  let u = 0;
  let cp = 0;
  return (offset) => {
    if (offset < u) u = cp = 0;
    while (u < offset) {
      const c = text.charCodeAt(u);
      const pair = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(u + 1));
      if (pair && u + 1 === offset) return cp; // inside the pair: its code point
      u += pair ? 2 : 1;
      cp++;
    }
    return cp;
  };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
