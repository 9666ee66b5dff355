import type { ParsedSpan } from './parsed-corpus';

/**
 * Fewest code points a quote needs to be re-anchored on its own, when its offsets do not fit it and
 * no context confirms a place: a one- or two-character quote ("a", "5", "of") found once is more
 * likely a coincidence than the span (issue 12, point 7).
 */
export const MIN_UNCONFIRMED_QUOTE = 3;

/**
 * Where a quote was placed (UTF-16 offset in the raw text) and what vouches for it, or why it was
 * not: `reason` completes "the quote …"; `found` says whether it occurs at all.
 */
export type QuotePlace =
  { ok: true; at: number; by: 'context' | 'unique' } | { ok: false; found: boolean; reason: string };

/**
 * Finds the one place a span's quote may go, and never guesses (docs/formats.md, "Re-anchoring"):
 * a place where the span's non-empty prefix and suffix (W3C TextQuoteSelector) match around the
 * quote is confirmed, and the confirmed place nearest the stated offsets is taken; without such a
 * place the quote must occur exactly once in the text, and, when `near` says the span had offsets
 * that did not fit, be at least MIN_UNCONFIRMED_QUOTE code points long. `near` is null for a
 * quote-only target, whose quote is the whole selector: there a unique quote of any length is exact.
 */
export function placeQuote(raw: string, quote: string, span: ParsedSpan, near: number | null): QuotePlace {
  const prefix = span.prefix || undefined;
  const suffix = span.suffix || undefined;
  const hasContext = prefix !== undefined || suffix !== undefined;
  const distance = (i: number) => Math.abs(i - (near ?? 0));
  let found = 0;
  let last = -1;
  let confirmed = 0;
  let nearest = -1;
  for (let i = raw.indexOf(quote); i !== -1; i = raw.indexOf(quote, i + 1)) {
    found++;
    last = i;
    const fits =
      hasContext &&
      (prefix === undefined || raw.slice(Math.max(0, i - prefix.length), i) === prefix) &&
      (suffix === undefined || raw.startsWith(suffix, i + quote.length));
    if (!fits) continue;
    confirmed++;
    if (nearest < 0 || distance(i) < distance(nearest)) nearest = i;
  }
  // Without offsets, the quote and its context are the whole selector: two places fit it equally.
  if (confirmed > 1 && near === null) return refused(`matches its context at ${confirmed} places`);
  if (confirmed > 0) return { ok: true, at: nearest, by: 'context' };
  if (found === 0) return { ok: false, found: false, reason: 'is not in the text' };
  if (found > 1) return refused(`occurs ${found} times and no prefix or suffix tells which`);
  if (near !== null && [...quote].length < MIN_UNCONFIRMED_QUOTE)
    return refused(`is shorter than ${MIN_UNCONFIRMED_QUOTE} characters and no context confirms where it goes`);
  return { ok: true, at: last, by: 'unique' };
}

function refused(reason: string): QuotePlace {
  return { ok: false, found: true, reason };
}
