import fc from 'fast-check';
import type { Annotation } from '../../../../shared/model';
import { hardTextArbitrary } from './hard-text';

const at = '2026-01-01T00:00:00.000Z';

/** A valid annotation over `text` (quote = text.slice), optionally discontinuous. */
export function annotationOver(
  text: string,
  id: string,
  start: number,
  end: number,
  label = 'claim',
  fragments?: [number, number][],
): Annotation {
  return {
    id,
    documentId: 'doc',
    start,
    end,
    quote: text.slice(start, end),
    ...(fragments ? { fragments: fragments.map(([s, e]) => ({ start: s, end: e })) } : {}),
    label,
    attributes: {},
    note: '',
    annotator: '',
    createdAt: at,
    updatedAt: at,
  };
}

/** A hard text (non-empty) with overlapping annotations, some discontinuous. */
export const textWithAnnotations = hardTextArbitrary
  .filter((t) => t.length > 0)
  .chain((text) =>
    fc
      .array(
        fc.record({
          a: fc.nat({ max: text.length }),
          b: fc.nat({ max: text.length }),
          cut: fc.option(fc.double({ min: 0.2, max: 0.8, noNaN: true }), { nil: undefined }),
          label: fc.constantFrom('claim', 'figure', 'actor', 'event'),
        }),
        { maxLength: 12 },
      )
      .map((raw) => {
        const annotations = raw.flatMap((r, i) => {
          const start = Math.min(r.a, r.b);
          const end = Math.max(r.a, r.b);
          if (end <= start) return [];
          const mid = r.cut === undefined ? -1 : Math.floor(start + (end - start) * r.cut);
          // Discontinuous: two fragments with a gap of one code unit between them.
          if (mid > start && mid + 1 < end) {
            return [
              annotationOver(text, `a${i}`, start, end, r.label, [
                [start, mid],
                [mid + 1, end],
              ]),
            ];
          }
          return [annotationOver(text, `a${i}`, start, end, r.label)];
        });
        return { text, annotations };
      }),
  );
