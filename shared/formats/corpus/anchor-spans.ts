import type { Fragment } from '../../model';
import { countBelow, createOffsetConverter, type OffsetConverter } from '../../text/code-points';
import { normaliseLineEndings } from '../../text/line-endings';
import { isInsideSurrogatePair } from '../../text/surrogate-pairs';
import { clipText } from '../../text/clip-text';
import type { ParsedSpan } from './parsed-corpus';
import { placeQuote } from './quote-search';

/** A file's text as the offsets count it, and the LF-normalised text a document keeps. */
export interface SourceText {
  raw: string;
  text: string;
  converter: OffsetConverter;
  /** Maps a UTF-16 offset of `raw` to one of `text` (each CR of a CRLF pair removed before it). */
  toText(rawOffset: number): number;
}

/** Prepares a file's text for anchoring spans: code points, and CRLF removed as a document stores it. */
export function sourceText(raw: string): SourceText {
  const removed: number[] = [];
  for (let i = raw.indexOf('\r\n'); i !== -1; i = raw.indexOf('\r\n', i + 2)) removed.push(i);
  return {
    raw,
    text: normaliseLineEndings(raw),
    converter: createOffsetConverter(raw),
    toText: (rawOffset) => rawOffset - countBelow(removed, rawOffset),
  };
}

export type AnchorResult = { ok: true; fragments: Fragment[]; warning?: string } | { ok: false; message: string };

/**
 * Places a parsed span in its document, cheapest first (GUIDE §4): the offsets as the format
 * counts them (code points) if the quote matches; the same offsets read as UTF-16 code units (tools
 * that counted JavaScript string indices); then the quote searched in the text, taken only where
 * its prefix/suffix confirm the place or where it is long enough and occurs once (placeQuote). Never
 * guesses past that: a span it cannot place is refused, saying why.
 */
export function anchorSpan(source: SourceText, span: ParsedSpan): AnchorResult {
  const length = source.converter.codePointLength;
  if (span.fragments.length === 0) {
    const quote = span.quote ?? '';
    const place = quote ? placeQuote(source.raw, quote, span, null) : null;
    if (!place?.ok) return { ok: false, message: `quote "${clipText(quote)}" ${place?.reason ?? 'is empty'}` };
    return checked(source, [{ start: place.at, end: place.at + quote.length }]);
  }
  for (const f of span.fragments) {
    if (f.end <= f.start) return { ok: false, message: `span ${f.start}–${f.end} is empty or reversed` };
  }
  const inRange = span.fragments.every((f) => f.end <= length);
  const asCodePoints = inRange
    ? span.fragments.map((f) => ({ start: source.converter.toUtf16(f.start), end: source.converter.toUtf16(f.end) }))
    : null;
  if (asCodePoints && quoteMatches(source.raw, asCodePoints, span.quote)) {
    return checked(source, asCodePoints);
  }
  const quote = span.quote;
  if (
    quote !== undefined &&
    span.fragments.every(
      (f) =>
        f.end <= source.raw.length &&
        !isInsideSurrogatePair(source.raw, f.start) &&
        !isInsideSurrogatePair(source.raw, f.end),
    ) &&
    quoteMatches(source.raw, span.fragments, quote)
  ) {
    const result = checked(source, span.fragments);
    return result.ok
      ? { ...result, warning: 'offsets were counted in UTF-16 code units, not code points; read them as such' }
      : result;
  }
  const place = span.fragments.map((f) => `${f.start}–${f.end}`).join(';');
  const near = asCodePoints ? asCodePoints[0]!.start : source.raw.length;
  const found = span.fragments.length === 1 && quote ? placeQuote(source.raw, quote, span, near) : null;
  if (found?.ok) {
    const result = checked(source, [{ start: found.at, end: found.at + quote!.length }]);
    const why = asCodePoints ? `did not match the text at ${place}` : `was at ${place}, out of range`;
    const by = found.by === 'context' ? 'where its context confirms it' : 'the one place it occurs';
    return result.ok
      ? {
          ...result,
          warning: `quote "${clipText(quote!)}" ${why}; re-anchored at ${source.converter.toCodePoint(found.at)}, ${by}`,
        }
      : result;
  }
  // Found but not taken: say why, so that the user knows the file is not simply out of step.
  const notTaken = found?.found ? `; not re-anchored: the quote ${found.reason}` : '';
  if (!asCodePoints) {
    return {
      ok: false,
      message: `offsets ${place} are out of range: the text has ${length} characters${notTaken}`,
    };
  }
  const stated = asCodePoints.map((f) => source.raw.slice(f.start, f.end)).join(' ');
  return {
    ok: false,
    message: `quote "${clipText(quote ?? '')}" does not match the text at ${place} ("${clipText(stated)}")${notTaken}`,
  };
}

/** Maps raw offsets to the document text; a span left empty (it covered only a CR) is refused. */
function checked(source: SourceText, fragments: Fragment[]): AnchorResult {
  const mapped = fragments.map((f) => ({ start: source.toText(f.start), end: source.toText(f.end) }));
  if (mapped.some((f) => f.end <= f.start)) return { ok: false, message: 'the span covers only a line break' };
  return { ok: true, fragments: mapped };
}

function quoteMatches(raw: string, fragments: Fragment[], quote: string | undefined): boolean {
  if (quote === undefined) return true;
  const actual = fragments.map((f) => raw.slice(f.start, f.end)).join(' ');
  return actual === quote || collapse(actual) === collapse(quote);
}

/** brat writes line breaks inside a span's text as spaces; compare texts with whitespace runs collapsed. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
