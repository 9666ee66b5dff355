/** A token: half-open UTF-16 offsets into the document text. */
export interface TextToken {
  start: number;
  end: number;
}

// A run of letters, marks, digits and underscores; or any other single non-space code point with its combining marks.
const TOKEN_PATTERN = /[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]\p{M}*/gu;
const SENTENCE_END = /^(?:[.!?…。！？]|\.\.\.)$/u;

/**
 * Tagwright's tokenizer and sentence splitter for token formats (CoNLL, WebAnno TSV).
 * Tokens: runs of letters/marks/digits/underscores, and every other non-space character (with its
 * combining marks) alone, so "25%," is `25` `%` `,` and an emoji is one token. A token that crosses
 * the start or end of one of `spans` (the annotations) is cut there, so every span covers whole tokens.
 * Sentences end after `.`, `!`, `?`, `…`, `。`, `！`, `？` and at every line break, unless the
 * break falls inside a span (so no span crosses a sentence).
 */
export function splitSentences(text: string, spans: readonly { start: number; end: number }[] = []): TextToken[][] {
  const sortedCuts = [...new Set(spans.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const tokens: TextToken[] = [];
  let c = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    let start = match.index;
    const end = start + match[0].length;
    while (c < sortedCuts.length && sortedCuts[c]! <= start) c++;
    let k = c;
    while (k < sortedCuts.length && sortedCuts[k]! < end) {
      tokens.push({ start, end: sortedCuts[k]! });
      start = sortedCuts[k]!;
      k++;
    }
    tokens.push({ start, end });
  }
  const covered = coverage(text.length, spans);
  const sentences: TextToken[][] = [];
  let current: TextToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    current.push(token);
    const next = tokens[i + 1];
    if (!next) break;
    const gap = text.slice(token.end, next.start);
    const ends = gap.includes('\n') || (gap !== '' && SENTENCE_END.test(text.slice(token.start, token.end)));
    if (ends && covered[token.end] === 0) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** For each offset, how many spans strictly contain it (start < offset < end). */
function coverage(length: number, spans: readonly { start: number; end: number }[]): Int32Array {
  const diff = new Int32Array(length + 2);
  for (const s of spans) {
    if (s.end - s.start < 2) continue;
    diff[s.start + 1]! += 1;
    diff[s.end]! -= 1;
  }
  for (let i = 1; i < diff.length; i++) diff[i]! += diff[i - 1]!;
  return diff;
}

/**
 * The tokens inside a span, as indices `[first, end)` into `tokens` (in text order): those that
 * start at or after its start and end at or before its end. Tokens are cut at span edges
 * (`splitSentences`), so only a span that starts or ends in spaces loses characters here.
 */
export function tokensInside(tokens: readonly TextToken[], span: { start: number; end: number }): TokenRange {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && tokens[end]!.end <= span.end) end++;
  return { first: lo, end };
}

/** Token indices `[first, end)`; empty when `first === end`. */
export interface TokenRange {
  first: number;
  end: number;
}
