import type { CurationCandidate } from '../../shared/curation/curation-candidates';

/**
 * The index of the nearest candidate after `from` going `step` (+1 down, -1 up): not yet settled,
 * or with `settledToo` whatever its state (a settled one, to accept another version of it); null
 * when there is none that way (the current one stays).
 */
export function nextCandidate(
  candidates: readonly CurationCandidate[],
  from: number,
  step: 1 | -1,
  settledToo = false,
): number | null {
  for (let i = from + step; i >= 0 && i < candidates.length; i += step) {
    if (settledToo || candidates[i]!.state !== 'settled') return i;
  }
  return null;
}

/**
 * Which candidate is current after the view was read again: the same one (by key) if it is still
 * there, else the first unsettled; after an accept or reject (`advance`) that settled it, the
 * next unsettled one below it (else above), so the curator goes on without a key press.
 */
export function currentAfterRefresh(
  candidates: readonly CurationCandidate[],
  previousKey: string | null,
  advance: boolean,
): string | null {
  const at = candidates.findIndex((c) => c.key === previousKey);
  if (at === -1) return (candidates.find((c) => c.state !== 'settled') ?? candidates[0])?.key ?? null;
  if (!advance || candidates[at]!.state !== 'settled') return previousKey;
  const next = nextCandidate(candidates, at, 1) ?? nextCandidate(candidates, at, -1);
  return next === null ? previousKey : candidates[next]!.key;
}
