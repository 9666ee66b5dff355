/**
 * The one map between text offsets (UTF-16 code units of the document text) and ProseMirror
 * positions. The editor holds `doc > paragraph*`, one paragraph per line of the text, so a
 * paragraph's content starts `index + 1` positions after its text offset (each earlier
 * paragraph adds an opening and a closing token and drops its '\n'). The table of paragraph
 * starts is built once per document; lookups are binary searches.
 */
export interface OffsetIndex {
  /** Length of the whole text. */
  readonly textLength: number;
  /** Number of paragraphs (lines); an empty text still has one. */
  readonly paragraphCount: number;
  /** Text offset where paragraph `i` starts. */
  paragraphStart(i: number): number;
  /** Text offset where paragraph `i` ends (its '\n' or the end of the text). */
  paragraphEnd(i: number): number;
  /** The paragraph holding text offset `offset` (an offset at a '\n' belongs to the line it ends). */
  paragraphAtOffset(offset: number): number;
  /** The paragraph whose content holds ProseMirror position `pos` (clamped to the nearest). */
  paragraphAtPos(pos: number): number;
  /** ProseMirror position of text offset `offset`. */
  posAt(offset: number): number;
  /** Text offset of ProseMirror position `pos`; a position between paragraphs snaps to the nearest content edge. */
  offsetAt(pos: number): number;
  /** ProseMirror position where paragraph `i`'s content starts. */
  paragraphContentStart(i: number): number;
  /** The text of paragraph `i` (without its '\n'). */
  paragraphText(i: number): string;
}

/** Builds the offset index for `text` (one pass over the text, one Int32Array of starts). */
export function createOffsetIndex(text: string): OffsetIndex {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count + 1);
  let p = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[p++] = i + 1;
  // Sentinel: a virtual paragraph after the last, as if the text ended with '\n'.
  starts[count] = text.length + 1;

  const paragraphStart = (i: number): number => starts[i]!;
  const paragraphEnd = (i: number): number => starts[i + 1]! - 1;
  const contentStart = (i: number): number => starts[i]! + i + 1;

  const paragraphAtOffset = (offset: number): number => {
    // Largest i with starts[i] <= offset.
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const paragraphAtPos = (pos: number): number => {
    // Largest i whose content start is <= pos (content starts grow strictly).
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (contentStart(mid) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  return {
    textLength: text.length,
    paragraphCount: count,
    paragraphStart,
    paragraphEnd,
    paragraphAtOffset,
    paragraphAtPos,
    paragraphContentStart: contentStart,
    posAt(offset) {
      const clamped = Math.max(0, Math.min(text.length, offset));
      return clamped + paragraphAtOffset(clamped) + 1;
    },
    offsetAt(pos) {
      const i = paragraphAtPos(pos);
      const local = Math.max(0, Math.min(paragraphEnd(i) - starts[i]!, pos - contentStart(i)));
      return starts[i]! + local;
    },
    paragraphText(i) {
      return text.slice(starts[i], paragraphEnd(i));
    },
  };
}
