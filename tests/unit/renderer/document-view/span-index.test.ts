import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { annotationPieces, SpanIndex, type SpanPiece } from '../../../../renderer/document-view/span-index';
import { annotationOver, textWithAnnotations } from './annotation-arbitrary';

const key = (p: SpanPiece) => `${p.annotation.id}:${p.start}-${p.end}`;

describe('span index', () => {
  it('finds exactly the pieces overlapping a range (brute force as oracle)', () => {
    fc.assert(
      fc.property(textWithAnnotations, fc.nat(), fc.nat(), ({ text, annotations }, x, y) => {
        const index = SpanIndex.from(annotations);
        const from = x % (text.length + 1);
        const to = from + (y % (text.length + 1 - from));
        const until = Math.max(to, from + 1);
        const expected = annotations
          .flatMap(annotationPieces)
          .filter((p) => p.start < until && p.end > from)
          .map(key)
          .sort();
        expect(index.overlapping(from, to).map(key).sort()).toEqual(expected);
      }),
    );
  });

  it('keeps long spans findable from anywhere inside them', () => {
    const text = 'x'.repeat(10_000);
    const long = annotationOver(text, 'long', 100, 9_000);
    const short = annotationOver(text, 'short', 5_000, 5_010);
    const index = SpanIndex.from([long, short]);
    expect(index.overlapping(8_000, 8_001).map((p) => p.annotation.id)).toEqual(['long']);
    expect(
      index
        .overlapping(5_005, 5_006)
        .map((p) => p.annotation.id)
        .sort(),
    ).toEqual(['long', 'short']);
    expect(index.withChanges([], [long]).overlapping(8_000, 8_001)).toEqual([]);
  });

  it('applies additions and removals like a fresh build, without touching the original', () => {
    fc.assert(
      fc.property(textWithAnnotations, fc.nat(), ({ annotations }, split) => {
        const cut = annotations.length === 0 ? 0 : split % (annotations.length + 1);
        const before = annotations.slice(0, cut);
        const original = SpanIndex.from(annotations);
        const all = original.overlapping(0, 1e9).map(key).sort();
        const changed = original.withChanges([], annotations.slice(cut)).withChanges([], []);
        expect(changed.overlapping(0, 1e9).map(key).sort()).toEqual(
          SpanIndex.from(before).overlapping(0, 1e9).map(key).sort(),
        );
        expect(changed.withChanges(annotations.slice(cut), []).overlapping(0, 1e9).map(key).sort()).toEqual(all);
        expect(original.overlapping(0, 1e9).map(key).sort()).toEqual(all);
      }),
    );
  });

  it('handles a whole list replaced at once (new objects for every annotation) like a fresh build', () => {
    const text = 'word '.repeat(2_000);
    const list = Array.from({ length: 300 }, (_, i) =>
      annotationOver(text, `a${i}`, (i * 37) % 9_000, ((i * 37) % 9_000) + 5 + (i % 7) * 400),
    );
    const copies = list.map((a) => ({ ...a }));
    const index = SpanIndex.from(list).withChanges(copies, list);
    const probe = (x: SpanIndex) => x.overlapping(0, 1e9).map(key).sort();
    expect(probe(index)).toEqual(probe(SpanIndex.from(copies)));
    expect(index.overlapping(0, 1e9).every((p) => copies.includes(p.annotation))).toBe(true);
    expect(index.overlapping(4_000, 4_001).map(key).sort()).toEqual(
      SpanIndex.from(copies).overlapping(4_000, 4_001).map(key).sort(),
    );
  });
});
