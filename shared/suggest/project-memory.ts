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

/** How often each labelled string was given each label: what the memory is made from. */
export type QuoteLabelCounts = Map<string, Map<string, number>>;

/**
 * Counts one annotation in (delta 1) or out (-1). The string is its quote with whitespace at the
 * ends trimmed; strings shorter than two characters, or with no letter or digit, are not counted.
 * Kept up to date change by change where a project is big (AnnotationTable), so the memory is not
 * recounted from a million annotations after each label.
 */
export function countQuote(counts: QuoteLabelCounts, { quote, label }: LabelledQuote, delta: 1 | -1): void {
  const text = quote.trim();
  if (text.length < MIN_LENGTH || !HAS_WORD.test(text)) return;
  let labels = counts.get(text);
  if (!labels) counts.set(text, (labels = new Map()));
  const n = (labels.get(label) ?? 0) + delta;
  if (n > 0) labels.set(label, n);
  else labels.delete(label);
  if (labels.size === 0) counts.delete(text);
}

/**
 * The project's memory: every distinct string labelled anywhere in it, with its most frequent
 * label, from the annotations or from counts kept already.
 */
export function projectMemory(
  labelled: Iterable<LabelledQuote> | ReadonlyMap<string, ReadonlyMap<string, number>>,
  labelOrder: readonly string[],
): MemoryEntry[] {
  let counts: ReadonlyMap<string, ReadonlyMap<string, number>>;
  if (labelled instanceof Map) counts = labelled;
  else {
    const counted: QuoteLabelCounts = new Map();
    for (const annotation of labelled as Iterable<LabelledQuote>) countQuote(counted, annotation, 1);
    counts = counted;
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
