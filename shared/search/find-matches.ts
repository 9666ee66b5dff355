import type { CompiledQuery } from './compile-query';
import type { FoldedText } from './folded-text';

/**
 * Calls `onMatch` with each place a plain or regular-expression query matches one text, in text
 * order, never overlapping. Plain text is found in the folded text (`folded` folds on first use)
 * and mapped back; a match that would cut a character (half of ß's "ss") is passed over. Empty
 * regex matches are skipped. A callback with two numbers, not a list of spans: a common word has
 * a hundred thousand matches, and counting them should make no garbage.
 */
export function forEachMatch(
  query: Exclude<CompiledQuery, { kind: 'annotations' }>,
  text: string,
  folded: () => FoldedText,
  onMatch: (start: number, end: number) => void,
): void {
  if (query.kind === 'regex') {
    const pattern = query.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (end > start) onMatch(start, end);
      // An empty match would match again in place: step over one code point.
      else pattern.lastIndex = end + (isPairAt(text, end) ? 2 : 1);
    }
    return;
  }
  const { needle } = query;
  const { text: haystack, originalStart, originalEnd } = folded();
  let from = 0;
  for (let f = haystack.indexOf(needle, from); f !== -1; f = haystack.indexOf(needle, from)) {
    const start = originalStart(f);
    const end = originalEnd(f + needle.length);
    if (start === null || end === null) {
      from = f + 1;
      continue;
    }
    onMatch(start, end);
    from = f + needle.length;
  }
}

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}
