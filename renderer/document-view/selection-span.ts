import type { TextSpan } from './document-view-api';
import { characterAt, characterBefore, isWordCharacter } from '../../shared/text/word-characters';

// Whitespace, and the invisible bidi controls (LRM, RLM, ALM, embeddings, isolates) a selection
// in mixed-direction text picks up at its edges: neither belongs in a quote's ends.
const WHITESPACE = /[\s\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** The span without leading and trailing whitespace or bidi controls, or null if nothing is left. */
export function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && WHITESPACE.test(text[start]!)) start++;
  while (end > start && WHITESPACE.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * Widens a span to whole words: letters, digits and combining marks, with apostrophes inside a
 * word (don't, l’homme) counted as part of it. Astral letters are read as whole code points.
 */
export function snapSpanToWords(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start > 0) {
    const before = characterBefore(text, start);
    if (!isWordCharacter(text, start - before.length, before)) break;
    start -= before.length;
  }
  while (end < text.length) {
    const after = characterAt(text, end);
    if (!isWordCharacter(text, end, after)) break;
    end += after.length;
  }
  return { start, end };
}

/** Trims, then snaps if asked: what a selection labels. */
export function selectionToSpan(text: string, span: TextSpan, snapToWords: boolean): TextSpan | null {
  const trimmed = trimSpan(text, span);
  if (!trimmed || !snapToWords) return trimmed;
  return snapSpanToWords(text, trimmed);
}
