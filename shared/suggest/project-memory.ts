/** A string the project has labelled, with the label it was given most often. */
export interface MemoryEntry {
  text: string;
  label: string;
  /** Other labels it was given exactly as often (the tie is reported, the schema's order breaks it). */
  tiedLabels: string[];
  /**
   * Whether case must match: a string with a capital (a name, an acronym: "Hajizada", "US") matches
   * only as written; one all in lower case ("landmine maps") matches in any case, at a sentence's
   * start too.
   */
  caseSensitive: boolean;
}

/** What the memory reads of an annotation. */
export interface LabelledQuote {
  quote: string;
  label: string;
}

/** Shorter strings than this (one letter, one digit) would be found everywhere. */
const MIN_LENGTH = 2;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * The project's memory: every distinct string labelled anywhere in it, with its most frequent
 * label. Built from the annotations' quotes (whitespace at the ends trimmed); strings shorter than
 * two characters, or with no letter or digit, are left out.
 */
export function projectMemory(annotations: Iterable<LabelledQuote>, labelOrder: readonly string[]): MemoryEntry[] {
  const counts = new Map<string, Map<string, number>>();
  for (const { quote, label } of annotations) {
    const text = quote.trim();
    if (text.length < MIN_LENGTH || !HAS_WORD.test(text)) continue;
    let labels = counts.get(text);
    if (!labels) counts.set(text, (labels = new Map()));
    labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  const rank = new Map(labelOrder.map((id, i) => [id, i]));
  const order = (id: string) => rank.get(id) ?? labelOrder.length;
  const entries: MemoryEntry[] = [];
  for (const [text, labels] of counts) {
    const most = Math.max(...labels.values());
    const [label, ...tiedLabels] = [...labels]
      .filter(([, n]) => n === most)
      .map(([id]) => id)
      .sort((a, b) => order(a) - order(b) || (a < b ? -1 : a > b ? 1 : 0));
    entries.push({ text, label: label!, tiedLabels, caseSensitive: text !== text.toLowerCase() });
  }
  return entries;
}
