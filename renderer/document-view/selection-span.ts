import type { TextSpan } from './document-view-api';
import { isInsideSurrogatePair } from '../../shared/text/surrogate-pairs';

const WHITESPACE = /\s/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const APOSTROPHE = /['’ʼ]/u;

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
    const before = charBefore(text, start);
    if (!isWordChar(text, start - before.length, before)) break;
    start -= before.length;
  }
  while (end < text.length) {
    const after = charAt(text, end);
    if (!isWordChar(text, end, after)) break;
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

function isWordChar(text: string, at: number, char: string): boolean {
  if (WORD.test(char)) return true;
  if (!APOSTROPHE.test(char)) return false;
  // An apostrophe joins two word characters; a quote mark at a word's edge does not.
  const before = at > 0 ? charBefore(text, at) : '';
  const after = at + 1 < text.length ? charAt(text, at + 1) : '';
  return WORD.test(before) && WORD.test(after);
}

function charAt(text: string, at: number): string {
  const code = text.codePointAt(at)!;
  return String.fromCodePoint(code);
}

function charBefore(text: string, at: number): string {
  return isInsideSurrogatePair(text, at - 1) ? text.slice(at - 2, at) : text[at - 1]!;
}
