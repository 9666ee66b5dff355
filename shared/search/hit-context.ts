import { isInsideSurrogatePair } from '../text/surrogate-pairs';

/** How much text a hit shows on each side, in code points. */
export const CONTEXT_CODE_POINTS = 60;

const WHITE_SPACE_RUN = /\s+/g;

/** Up to CONTEXT_CODE_POINTS before `start`, each run of white space (line breaks too) as one space: one line per hit. */
export function leftContext(text: string, start: number): string {
  let from = Math.max(0, start - CONTEXT_CODE_POINTS * 2);
  if (isInsideSurrogatePair(text, from)) from++;
  const before = [...text.slice(from, start)];
  return before.slice(-CONTEXT_CODE_POINTS).join('').replace(WHITE_SPACE_RUN, ' ');
}

/** Up to CONTEXT_CODE_POINTS after `end`, white space as in leftContext. */
export function rightContext(text: string, end: number): string {
  let to = Math.min(text.length, end + CONTEXT_CODE_POINTS * 2);
  if (isInsideSurrogatePair(text, to)) to--;
  const after = [...text.slice(end, to)];
  return after.slice(0, CONTEXT_CODE_POINTS).join('').replace(WHITE_SPACE_RUN, ' ');
}
