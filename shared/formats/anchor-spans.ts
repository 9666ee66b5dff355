import type { Fragment } from '../model';
import { createOffsetConverter, type OffsetConverter } from '../text/code-points';
import { normaliseLineEndings } from '../text/line-endings';
import type { ParsedSpan } from './parsed-corpus';

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
    text: removed.length === 0 && !raw.includes('\r') ? raw : normaliseLineEndings(raw),
    converter: createOffsetConverter(raw),
    toText(rawOffset) {
      let lo = 0;
      let hi = removed.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (removed[mid]! < rawOffset) lo = mid + 1;
        else hi = mid;
      }
      return rawOffset - lo;
    },
  };
}

export type AnchorResult = { ok: true; fragments: Fragment[]; warning?: string } | { ok: false; message: string };

/**
 * Places a parsed span in its document, cheapest first (GUIDE §4): the offsets as the format
 * counts them (code points) if the quote matches; the same offsets read as UTF-16 code units (tools
 * that counted JavaScript string indices); then the quote searched in the text, nearest to the
 * stated place and preferring a match of prefix and suffix. Never guesses past that.
 */
export function anchorSpan(source: SourceText, span: ParsedSpan): AnchorResult {
  const length = source.converter.codePointLength;
  for (const f of span.fragments) {
    if (f.end <= f.start) return { ok: false, message: `span ${f.start}–${f.end} is empty or reversed` };
    if (f.end > length) {
      return {
        ok: false,
        message: `offsets ${f.start}–${f.end} are out of range: the text has ${length} characters`,
      };
    }
  }
  const asCodePoints = span.fragments.map((f) => ({
    start: source.converter.toUtf16(f.start),
    end: source.converter.toUtf16(f.end),
  }));
  if (quoteMatches(source.raw, asCodePoints, span.quote)) return { ok: true, fragments: toText(source, asCodePoints) };
  if (span.fragments.every((f) => f.end <= source.raw.length) && quoteMatches(source.raw, span.fragments, span.quote)) {
    return {
      ok: true,
      fragments: toText(source, span.fragments),
      warning: 'offsets were counted in UTF-16 code units, not code points; read them as such',
    };
  }
  const quote = span.quote ?? '';
  const found =
    span.fragments.length === 1 && quote !== '' ? searchQuote(source.raw, quote, asCodePoints[0]!.start, span) : -1;
  const stated = `"${clip(span.fragments.map((f) => sliceRaw(source, f)).join(' '))}"`;
  if (found >= 0) {
    const at = source.converter.toCodePoint(found);
    return {
      ok: true,
      fragments: toText(source, [{ start: found, end: found + quote.length }]),
      warning: `quote "${clip(quote)}" did not match the text at ${span.fragments[0]!.start}–${span.fragments[0]!.end} (${stated}); re-anchored at ${at}`,
    };
  }
  return {
    ok: false,
    message: `quote "${clip(quote)}" does not match the text at ${span.fragments.map((f) => `${f.start}–${f.end}`).join(';')} (${stated})`,
  };
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

function searchQuote(raw: string, quote: string, near: number, span: ParsedSpan): number {
  let best = -1;
  let bestScore = Infinity;
  for (let i = raw.indexOf(quote); i !== -1; i = raw.indexOf(quote, i + 1)) {
    const context =
      (span.prefix !== undefined && raw.slice(Math.max(0, i - span.prefix.length), i) !== span.prefix ? 1 : 0) +
      (span.suffix !== undefined && raw.slice(i + quote.length, i + quote.length + span.suffix.length) !== span.suffix
        ? 1
        : 0);
    const score = context * raw.length * 2 + Math.abs(i - near);
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

function toText(source: SourceText, fragments: Fragment[]): Fragment[] {
  return fragments.map((f) => ({ start: source.toText(f.start), end: source.toText(f.end) }));
}

function sliceRaw(source: SourceText, f: Fragment): string {
  return source.raw.slice(source.converter.toUtf16(f.start), source.converter.toUtf16(f.end));
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}
