import { isInsideSurrogatePair } from './surrogate-pairs';

const WORD = /[\p{L}\p{N}\p{M}]/u;
/**
 * Marks that sit inside a word, between two of its letters: apostrophes (don't, l’homme), the
 * zero-width joiner and non-joiner (Persian and Arabic spellings), Hebrew geresh and gershayim
 * (צה״ל), Armenian apostrophe, emphasis, exclamation and question marks (written over a vowel:
 * ինչո՞ւ).
 */
const INSIDE_WORD = /['’ʼ\u05f3\u05f4\u055a-\u055c\u055e]|\u200c|\u200d/u;

/** The character (a whole code point) starting at UTF-16 offset `at`. */
export function characterAt(text: string, at: number): string {
  return String.fromCodePoint(text.codePointAt(at)!);
}

/** The character (a whole code point) ending at UTF-16 offset `at`; '' at the start. */
export function characterBefore(text: string, at: number): string {
  if (at <= 0) return '';
  return isInsideSurrogatePair(text, at - 1) ? text.slice(at - 2, at) : text[at - 1]!;
}

/**
 * Whether `char`, found at `at` in `text`, belongs to a word: letters, digits and combining
 * marks, and an in-word mark between two of them (don't, צה״ל), not a quote mark at a word's edge.
 */
export function isWordCharacter(text: string, at: number, char: string): boolean {
  if (WORD.test(char)) return true;
  if (!INSIDE_WORD.test(char)) return false;
  const after = at + 1 < text.length ? characterAt(text, at + 1) : '';
  return WORD.test(characterBefore(text, at)) && WORD.test(after);
}

/** Whether a word goes on across offset `at`: word characters on both sides of it. */
export function isInsideWord(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = characterBefore(text, at);
  return isWordCharacter(text, at - before.length, before) && isWordCharacter(text, at, characterAt(text, at));
}
