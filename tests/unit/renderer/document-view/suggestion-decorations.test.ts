import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Decoration } from '@tiptap/pm/view';
import { annotationOver, textWithAnnotations } from './annotation-arbitrary';
import { act, all, attrsOf, idsOf, stateFor } from './highlight-state';
import { suggestionOf } from '../../../support/suggestion-fixture';

const suggestionIdsOf = (d: Decoration) => (attrsOf(d)['data-suggestion-id'] ?? '').split(' ').filter(Boolean);
const classesOf = (d: Decoration) => (attrsOf(d).class ?? '').split(' ');

describe('suggestions in the highlight segments', () => {
  it('outline exactly each suggestion’s text, closed where it begins and ends, and leave each annotation’s text as it was', () => {
    fc.assert(
      fc.property(textWithAnnotations, fc.integer({ min: 0, max: 7 }), ({ text, annotations }, shift) => {
        // Suggestions over other spans than the annotations': shifted, one per span and label.
        const spans = new Map(
          annotations.map((a) => {
            const start = Math.min(a.start + shift, text.length - 1);
            const end = Math.max(start + 1, Math.min(a.end, text.length));
            return [`${start}-${end}`, suggestionOf(text, start, end, a.label)];
          }),
        );
        const suggestions = [...spans.values()];
        const { state } = stateFor(text, annotations);
        const drawn = act(state, { type: 'suggestions', suggestions: { list: suggestions, focusedId: null } });
        const decorations = all(drawn).sort((x, y) => x.from - y.from);
        const textOf = (ds: Decoration[]) => ds.map((d) => drawn.doc.textBetween(d.from, d.to)).join('');
        for (const a of annotations) {
          const mine = decorations.filter((d) => attrsOf(d)['data-annotation-id'] && idsOf(d).includes(a.id));
          const pieces = a.fragments ?? [a];
          expect(textOf(mine)).toBe(pieces.map((p) => text.slice(p.start, p.end).replaceAll('\n', '')).join(''));
        }
        for (const s of suggestions) {
          const mine = decorations.filter((d) => suggestionIdsOf(d).includes(s.id));
          expect(textOf(mine)).toBe(s.text.replaceAll('\n', ''));
          if (mine.length === 0) continue; // only line breaks: nothing to draw
          expect(mine.every((d) => classesOf(d).includes('tw-sg'))).toBe(true);
          expect(classesOf(mine[0]!)).toContain('tw-sg--start');
          expect(classesOf(mine[mine.length - 1]!)).toContain('tw-sg--end');
        }
        for (const d of decorations)
          expect(attrsOf(d)['data-annotation-id'] ?? attrsOf(d)['data-suggestion-id']).toBeTruthy();
      }),
      { numRuns: 200 },
    );
  });

  it('share one element per run with an annotation: classes, styles and tooltips joined; the focused one marked', () => {
    const text = 'Hajizada said 25% of the maps were wrong.';
    const claim = annotationOver(text, 'c1', 0, 29, 'claim');
    const { state } = stateFor(text, [claim]);
    const actor = suggestionOf(text, 0, 8, 'actor');
    const figure = suggestionOf(text, 14, 17, 'figure');
    const drawn = act(state, { type: 'suggestions', suggestions: { list: [actor, figure], focusedId: figure.id } });
    const runs = all(drawn)
      .sort((x, y) => x.from - y.from)
      .map((d) => [
        drawn.doc.textBetween(d.from, d.to),
        attrsOf(d).class,
        attrsOf(d)['data-suggestion-id'],
        attrsOf(d).title,
      ]);
    expect(runs).toEqual([
      ['Hajizada', 'tw-hl tw-sg tw-sg--start tw-sg--end', actor.id, 'Claim\nSuggested: Actor'],
      [' said ', 'tw-hl', undefined, 'Claim'],
      ['25%', 'tw-hl tw-sg tw-sg--start tw-sg--end tw-sg--focused', figure.id, 'Claim\nSuggested: Figure'],
      [' of the maps', 'tw-hl', undefined, 'Claim'],
    ]);
    const figureRun = all(drawn).find((d) => suggestionIdsOf(d).includes(figure.id))!;
    expect(attrsOf(figureRun).style).toMatch(/^--tw-hl-colour: #e8a33d; .*; --tw-sg-colour: #3d8ee8$/);
    expect(attrsOf(figureRun)['data-annotation-id']).toBe('c1');

    const cleared = act(drawn, { type: 'suggestions', suggestions: { list: [], focusedId: null } });
    expect(all(cleared).map((d) => attrsOf(d).class)).toEqual(['tw-hl']);
    const loadedAgain = stateFor(text, [claim]).state;
    expect(all(loadedAgain).filter((d) => attrsOf(d)['data-suggestion-id'])).toEqual([]);
  });

  it('draws only the paragraphs in the window, and those entering it as it moves', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Line ${i} Armenia`).join('\n');
    const { state, offsets } = stateFor(text, [], { first: 0, last: 4 });
    const list = [...text.matchAll(/Armenia/g)].map((m) => suggestionOf(text, m.index, m.index + 7));
    const drawn = act(state, { type: 'suggestions', suggestions: { list, focusedId: null } });
    const paragraphs = (s: typeof drawn) => all(s).map((d) => offsets.paragraphAtOffset(offsets.offsetAt(d.from)));
    expect(paragraphs(drawn)).toEqual([0, 1, 2, 3, 4]);
    const moved = act(drawn, { type: 'window', window: { first: 20, last: 22 } });
    expect(paragraphs(moved)).toEqual([20, 21, 22]);
  });
});
