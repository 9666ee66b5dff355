import { describe, expect, it } from 'vitest';
import { annotationOver } from './annotation-arbitrary';
import { act, all, attrsOf, idsOf, stateFor } from './highlight-state';
import { shownQuote } from '../../../../renderer/display-text/shown-quote';
import { fragmentAt } from '../../../../shared/model';

const text = 'The maps were only (about 25%) accurate, officials said.';
const only = text.indexOf('only');
const accurate = text.indexOf('accurate');
const claim = annotationOver(text, 'c1', only, accurate + 8, 'claim', [
  [only, only + 4],
  [accurate, accurate + 8],
]);

describe('a discontinuous annotation drawn as one', () => {
  it('dots the inner edges of its pieces and names each piece in the tooltip', () => {
    const { state } = stateFor(text, [claim]);
    const runs = all(state).sort((x, y) => x.from - y.from);
    expect(runs.map((d) => state.doc.textBetween(d.from, d.to))).toEqual(['only', 'accurate']);
    expect(runs.map((d) => attrsOf(d).class)).toEqual(['tw-hl tw-hl--joined-after', 'tw-hl tw-hl--joined-before']);
    expect(runs.map((d) => attrsOf(d).title)).toEqual(['Claim (piece 1 of 2)', 'Claim (piece 2 of 2)']);
    // Either piece selects the annotation.
    expect(runs.map((d) => idsOf(d))).toEqual([['c1'], ['c1']]);
  });

  it('underlines the gap with dots only while it is selected, and the gap selects nothing', () => {
    const { state } = stateFor(text, [claim]);
    const selected = act(state, { type: 'selected', id: 'c1' });
    const gap = all(selected).filter((d) => attrsOf(d).class === 'tw-hl-gap');
    expect(gap.map((d) => selected.doc.textBetween(d.from, d.to))).toEqual([' (about 25%) ']);
    expect(attrsOf(gap[0]!)['data-annotation-id']).toBeUndefined();
    const unselected = act(selected, { type: 'selected', id: null });
    expect(all(unselected).filter((d) => attrsOf(d).class === 'tw-hl-gap')).toEqual([]);
  });

  it('lists as its pieces joined by an ellipsis', () => {
    expect(shownQuote(claim)).toBe('only … accurate');
    expect(shownQuote(annotationOver(text, 'p', only, only + 4))).toBe('only');
  });

  it('finds the piece a selection or a caret touches', () => {
    const pieces = claim.fragments!;
    expect(fragmentAt(pieces, { start: accurate + 2, end: accurate + 3 })).toEqual(pieces[1]);
    expect(fragmentAt(pieces, { start: only + 4, end: only + 4 })).toEqual(pieces[0]);
    expect(fragmentAt(pieces, { start: only + 5, end: only + 9 })).toBeNull();
  });
});
