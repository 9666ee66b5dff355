import type { TextSpan } from './document-view-api';
import { characterAt, characterBefore, isWordCharacter } from '../../shared/text/word-characters';

const WHITESPACE = /\s/u;

/** The span without leading and trailing whitespace, or null if nothing is left. */
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
