import { isInsideWord } from '../text/word-characters';
import type { MemoryEntry } from './project-memory';
import type { SuggestionCandidate, SuggestionSource } from './suggestion';

/** A word as the memory keys it: letters and digits, with combining marks after the first. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const DIGIT = /\p{N}/u;
const POSSESSIVE = /^['’]s(?![\p{L}\p{N}\p{M}])/u;

interface Keyed {
  entry: MemoryEntry;
  /** Where the entry's first word starts inside it (after an opening quote mark, say). */
  anchor: number;
}

/**
 * The project memory as a source: every string already labelled, found again as a whole word
 * (a name followed by a possessive 's still counts) wherever it occurs, with its label. Within one
 * label the longest match at the leftmost place wins ("Azerbaijani Foreign Ministry" over
 * "Foreign Ministry"); strings of different labels may overlap (a claim holding an actor).
 */
export function memorySource(entries: readonly MemoryEntry[]): SuggestionSource {
  const byLabel = new Map<string, Map<string, Keyed[]>>();
  for (const entry of entries) {
    const first = new RegExp(WORD.source, 'u').exec(entry.text);
    if (!first) continue;
    let index = byLabel.get(entry.label);
    if (!index) byLabel.set(entry.label, (index = new Map()));
    const key = first[0].toLowerCase();
    const list = index.get(key);
    if (list) list.push({ entry, anchor: first.index });
    else index.set(key, [{ entry, anchor: first.index }]);
  }
  for (const index of byLabel.values()) {
    for (const list of index.values()) list.sort((a, b) => b.entry.text.length - a.entry.text.length);
  }
  return {
    id: 'memory',
    candidates(text) {
      const words = [...text.matchAll(WORD)].map((m) => ({ at: m.index, key: m[0].toLowerCase() }));
      return [...byLabel.values()].flatMap((index) => leftmostLongest(text, words, index));
    },
  };
}

function leftmostLongest(
  text: string,
  words: readonly { at: number; key: string }[],
  index: ReadonlyMap<string, Keyed[]>,
): SuggestionCandidate[] {
  const found: SuggestionCandidate[] = [];
  let free = 0;
  for (const { at, key } of words) {
    for (const { entry, anchor } of index.get(key) ?? []) {
      const start = at - anchor;
      const end = start + entry.text.length;
      if (start < free || !matchesAt(text, entry, start, end)) continue;
      found.push({ start, end, label: entry.label, source: 'memory', tiedLabels: entry.tiedLabels });
      free = end;
      break;
    }
  }
  return found;
}

function matchesAt(text: string, entry: MemoryEntry, start: number, end: number): boolean {
  if (start < 0 || end > text.length) return false;
  const same = entry.caseSensitive
    ? text.startsWith(entry.text, start)
    : text.slice(start, end).toLowerCase() === entry.text;
  return same && isWordEdge(text, start) && (isWordEdge(text, end) || POSSESSIVE.test(text.slice(end, end + 3)));
}

/** Whether a match may begin or end at `at`: no word runs across it, and no number ("1.25" holds no "25"). */
function isWordEdge(text: string, at: number): boolean {
  if (isInsideWord(text, at)) return false;
  const digit = (i: number) => DIGIT.test(text[i] ?? '');
  const mark = (i: number) => text[i] === '.' || text[i] === ',';
  return !((digit(at - 1) && mark(at) && digit(at + 1)) || (digit(at) && mark(at - 1) && digit(at - 2)));
}
