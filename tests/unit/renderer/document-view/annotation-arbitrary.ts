import fc from 'fast-check';
import type { Annotation } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';
import { hardTextArbitrary } from './hard-text';

/** A valid annotation over `text` (quote = text.slice), optionally discontinuous. */
export function annotationOver(
  text: string,
  id: string,
  start: number,
  end: number,
  label = 'claim',
  fragments?: [number, number][],
): Annotation {
  return annotationOf(text, id, start, end, {
    label,
    annotator: '',
    ...(fragments ? { fragments: fragments.map(([s, e]) => ({ start: s, end: e })) } : {}),
  });
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
