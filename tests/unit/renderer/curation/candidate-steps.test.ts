import { describe, expect, it } from 'vitest';
import type { CandidateState, CurationCandidate } from '../../../../shared/curation/curation-candidates';
import { currentAfterRefresh, nextCandidate } from '../../../../renderer/curation/candidate-steps';

const candidates = (...states: CandidateState[]) =>
  states.map((state, i) => ({ key: `c${i}`, state }) as CurationCandidate);

describe('moving through the candidates', () => {
  it('steps over settled candidates either way, and stays at the ends', () => {
    const list = candidates('disputed', 'settled', 'agreed', 'settled');
    expect(nextCandidate(list, 0, 1)).toBe(2);
    expect(nextCandidate(list, 2, -1)).toBe(0);
    expect(nextCandidate(list, 2, 1)).toBeNull();
    expect(nextCandidate(list, 0, -1)).toBeNull();
  });

  it('steps onto settled candidates too when asked for every one (↓/↑), so another version can be accepted', () => {
    const list = candidates('disputed', 'settled', 'agreed', 'settled');
    expect(nextCandidate(list, 0, 1, true)).toBe(1);
    expect(nextCandidate(list, 2, 1, true)).toBe(3);
    expect(nextCandidate(list, 3, 1, true)).toBeNull();
  });

  it('keeps the current candidate, moves on once an accept or reject settled it, and starts at the first unsettled', () => {
    expect(currentAfterRefresh(candidates('settled', 'disputed'), null, false)).toBe('c1');
    expect(currentAfterRefresh(candidates('settled', 'settled', 'disputed'), 'c1', false)).toBe('c1');
    expect(currentAfterRefresh(candidates('settled', 'settled', 'disputed'), 'c1', true)).toBe('c2');
    expect(currentAfterRefresh(candidates('disputed', 'settled', 'settled'), 'c1', true)).toBe('c0');
    expect(currentAfterRefresh(candidates('disputed'), 'gone', true)).toBe('c0');
  });
});
