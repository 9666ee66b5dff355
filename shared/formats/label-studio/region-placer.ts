import type { Fragment } from '../../model';
import { createOffsetConverter, type OffsetConverter } from '../../text/code-points';
import { isInsideSurrogatePair } from '../../text/surrogate-pairs';

/** How a region's offsets were read. */
type Reading = 'code points' | 'UTF-16 code units' | 'Label Studio editor offsets';

/** What the import report says of the regions placed by each reading other than code points. */
export const READING_NOTES: Record<Exclude<Reading, 'code points'>, string> = {
  'UTF-16 code units':
    'had offsets counted in UTF-16 code units, not code points; read them as such (value.text matches)',
  'Label Studio editor offsets':
    "had offsets as Label Studio's editor writes them after an emoji or other astral character (UTF-16 units for text before the region's text node, code points inside it); placed by value.text",
};

interface PlacedRegion {
  /** In code points of the task text. */
  fragment: Fragment;
  /** The task text the region covers (value.text may hold `\\n` for each line break). */
  quote: string;
  reading: Reading;
  /** Where else the text fits, in words. */
  ambiguous?: string;
}

/**
 * Places Label Studio regions by `value.text`. Label Studio documents code points, but its editor
 * (label-studio-frontend 1.4, tests/fixtures/formats/tool-made) sums earlier DOM text nodes in
 * UTF-16 units and counts code points only inside the node a boundary falls in, and writes each
 * line break of the selection as the two characters `\n`. So: code points if the text fits there,
 * else UTF-16 units, else the one place between the two readings where the text is; undefined when
 * nothing fits (the anchoring then reports the mismatch). Counts each reading other than code points.
 */
export type RegionPlacer = ReturnType<typeof regionPlacer>;

export function regionPlacer(text: string) {
  const converter = createOffsetConverter(text);
  const counts = new Map<Exclude<Reading, 'code points'>, number>();
  const count = (reading: Exclude<Reading, 'code points'>) => counts.set(reading, (counts.get(reading) ?? 0) + 1);
  const fits = (from: number, to: number, quote: string) =>
    from < to &&
    to <= text.length &&
    !isInsideSurrogatePair(text, from) &&
    !isInsideSurrogatePair(text, to) &&
    (text.slice(from, to) === quote || editorSelectionText(text.slice(from, to)) === quote);
  const placed = (from: number, to: number, reading: Reading, ambiguous?: string): PlacedRegion => ({
    fragment: { start: converter.toCodePoint(from), end: converter.toCodePoint(to) },
    quote: text.slice(from, to),
    reading,
    ...(ambiguous ? { ambiguous } : {}),
  });
  // The text as the editor's selection reads it, made once per task, only if a region needs it.
  let haystack: string | undefined;
  return {
    counts,
    place(start: number, end: number, quote: string): PlacedRegion | undefined {
      const inCodePoints = end <= converter.codePointLength ? utf16Span(converter, start, end) : undefined;
      const cpFits = inCodePoints !== undefined && fits(inCodePoints.start, inCodePoints.end, quote);
      const unitsFit = fits(start, end, quote);
      if (cpFits) {
        const other =
          unitsFit && start !== inCodePoints.start
            ? `as UTF-16 code units (code point ${converter.toCodePoint(start)})`
            : undefined;
        return placed(inCodePoints.start, inCodePoints.end, 'code points', other);
      }
      if (unitsFit) {
        count('UTF-16 code units');
        return placed(start, end, 'UTF-16 code units');
      }
      // The editor's start lies between the code-point and the UTF-16 reading of the true place.
      const latest = converter.toUtf16(Math.min(start, converter.codePointLength));
      const needle = quote.replace(/\\n/g, '\n');
      haystack ??= text.replace(/\r/g, '\n');
      const found: number[] = [];
      for (let i = haystack.indexOf(needle, start); i !== -1 && i <= latest; i = haystack.indexOf(needle, i + 1)) {
        if (fits(i, i + needle.length, quote)) found.push(i);
      }
      if (found.length === 0) return undefined;
      count('Label Studio editor offsets');
      const at = found[0]!;
      const others =
        found.length > 1
          ? `at code point ${found
              .slice(1)
              .map((i) => converter.toCodePoint(i))
              .join(', ')}`
          : '';
      return placed(at, at + needle.length, 'Label Studio editor offsets', others);
    },
  };
}

/** The selection text Label Studio's editor stores: each CR and LF written as the two characters `\n`. */
function editorSelectionText(slice: string): string {
  return slice.replace(/[\r\n]/g, '\\n');
}

function utf16Span(converter: OffsetConverter, start: number, end: number): Fragment {
  return { start: converter.toUtf16(start), end: converter.toUtf16(end) };
}
