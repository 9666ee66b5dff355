import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightState } from '../../../../renderer/document-view/highlight-plugin';
import { createOffsetIndex } from '../../../../renderer/document-view/offset-index';
import { annotationOver, textWithAnnotations } from './annotation-arbitrary';
import { act, all, attrsOf, idsOf, sameDecorations, stateFor } from './highlight-state';

describe('highlight decorations', () => {
  it('decorate exactly each annotation’s quote, piece by piece, across paragraphs and fragments', () => {
    fc.assert(
      fc.property(textWithAnnotations, ({ text, annotations }) => {
        const { offsets, state } = stateFor(text, annotations);
        const decorations = all(state).sort((x, y) => x.from - y.from);
        for (const d of decorations) {
          // Every decorated range lies inside one paragraph and maps back to the same text.
          const start = offsets.offsetAt(d.from);
          const end = offsets.offsetAt(d.to);
          expect(state.doc.textBetween(d.from, d.to, '\n')).toBe(text.slice(start, end));
          expect(text.slice(start, end)).not.toContain('\n');
        }
        for (const a of annotations) {
          const mine = decorations.filter((d) => idsOf(d).includes(a.id));
          const covered = mine.map((d) => state.doc.textBetween(d.from, d.to)).join('');
          const pieces = a.fragments ?? [a];
          const expected = pieces.map((p) => text.slice(p.start, p.end)).join('');
          // The text of the decorated ranges is the quote (line breaks are not drawn).
          expect(covered).toBe(expected.replaceAll('\n', ''));
          if (!a.fragments) expect(a.quote.replaceAll('\n', '')).toBe(covered);
          expect(mine.every((d) => attrsOf(d)['data-label']!.split(' ')[idsOf(d).indexOf(a.id)] === a.label)).toBe(
            true,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists overlapping annotations innermost first, with one underline band each', () => {
    const text = 'They said the mines were only 25 percent accurate.';
    const claim = annotationOver(text, 'claim1', 10, 50, 'claim');
    const figure = annotationOver(text, 'fig1', text.indexOf('only'), text.indexOf(' accurate'), 'figure');
    const { state } = stateFor(text, [claim, figure]);
    const inner = all(state).find((d) => idsOf(d).length === 2)!;
    expect(attrsOf(inner)['data-annotation-id']).toBe('fig1 claim1');
    expect(attrsOf(inner)['data-label']).toBe('figure claim');
    expect(attrsOf(inner).title).toBe('Figure\nClaim');
    expect(state.doc.textBetween(inner.from, inner.to)).toBe('only 25 percent');
    expect(attrsOf(inner).style).toContain('--tw-hl-colour: #3d8ee8');
    expect(attrsOf(inner).style).toContain('inset 0 -2px 0 #e8a33d');
    expect(attrsOf(inner).style).toContain('inset 0 -5px 0 #3d8ee8');

    // Selecting the outer span outlines it as one box across its three runs.
    const selected = act(state, { type: 'selected', id: 'claim1' });
    const runs = all(selected).sort((x, y) => x.from - y.from);
    expect(runs.map((d) => attrsOf(d).class)).toEqual([
      'tw-hl tw-hl--selected tw-hl--selected-start',
      'tw-hl tw-hl--overlap tw-hl--selected',
      'tw-hl tw-hl--selected tw-hl--selected-end',
    ]);
  });

  it('updates incrementally: other paragraphs keep their decoration objects; nothing changes, nothing moves', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} says something about mines.`).join('\n');
    const offsets = createOffsetIndex(text);
    const annotations = Array.from({ length: 30 }, (_, i) =>
      annotationOver(text, `p${i}`, offsets.paragraphStart(i), offsets.paragraphStart(i) + 9),
    );
    const { state } = stateFor(text, annotations, { first: 0, last: 19 });
    const before = all(state);
    expect(before).toHaveLength(20);

    const added = annotationOver(text, 'new', offsets.paragraphStart(5) + 10, offsets.paragraphStart(5) + 14, 'figure');
    const after = act(state, { type: 'annotations', added: [added], removed: [] });
    const kept = sameDecorations(all(after), before);
    expect(kept).toHaveLength(19); // only paragraph 5's decorations were replaced
    expect(all(after).some((d) => idsOf(d).includes('new'))).toBe(true);

    // Outside the drawn window, and no-ops: the plugin returns the very same state.
    const far = annotationOver(text, 'far', offsets.paragraphStart(25), offsets.paragraphStart(25) + 4);
    const unchanged = act(after, { type: 'annotations', added: [far], removed: [] });
    expect(highlightState(unchanged).decorations).toBe(highlightState(after).decorations);
    const noop = act(after, { type: 'annotations', added: [], removed: [] });
    expect(highlightState(noop)).toBe(highlightState(after));

    const removed = act(after, { type: 'annotations', added: [], removed: [added] });
    expect(all(removed).some((d) => idsOf(d).includes('new'))).toBe(false);
    expect(all(removed)).toHaveLength(20);
  });

  it('draws only the window, and moving it swaps only paragraphs entering and leaving', () => {
    const text = Array.from({ length: 30 }, (_, i) => `Line ${i}`).join('\n');
    const offsets = createOffsetIndex(text);
    const annotations = Array.from({ length: 30 }, (_, i) =>
      annotationOver(text, `l${i}`, offsets.paragraphStart(i), offsets.paragraphEnd(i)),
    );
    const { state } = stateFor(text, annotations, { first: 0, last: 9 });
    expect(all(state).map((d) => idsOf(d)[0])).toEqual(annotations.slice(0, 10).map((a) => a.id));
    const moved = act(state, { type: 'window', window: { first: 5, last: 14 } });
    expect(all(moved).map((d) => idsOf(d)[0])).toEqual(annotations.slice(5, 15).map((a) => a.id));
    expect(sameDecorations(all(moved), all(state))).toHaveLength(5);
  });

  it('marks the selected and flashing annotation on every piece', () => {
    const text = 'First line here\nsecond line there';
    const span = annotationOver(text, 'x', 6, 22);
    const { state } = stateFor(text, [span]);
    const selected = act(act(state, { type: 'selected', id: 'x' }), { type: 'flash', id: 'x' });
    const pieces = all(selected);
    expect(pieces).toHaveLength(2);
    expect(pieces.map((d) => attrsOf(d).class)).toEqual([
      'tw-hl tw-hl--selected tw-hl--selected-start tw-hl--selected-end tw-hl--flash',
      'tw-hl tw-hl--selected tw-hl--selected-start tw-hl--selected-end tw-hl--flash',
    ]);
    const cleared = act(selected, { type: 'selected', id: null });
    for (const d of all(cleared)) expect(attrsOf(d).class).toBe('tw-hl tw-hl--flash');
  });
});
