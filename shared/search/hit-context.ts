import { isInsideSurrogatePair } from '../text/surrogate-pairs';

/** How much text a hit shows on each side, in code points. */
export const CONTEXT_CODE_POINTS = 60;

const WHITE_SPACE_RUN = /\s+/g;

/** Up to CONTEXT_CODE_POINTS before `start`, each run of white space (line breaks too) as one space: one line per hit. */
export function leftContext(text: string, start: number): string {
  let from = start;
  for (let n = 0; n < CONTEXT_CODE_POINTS && from > 0; n++) from -= isInsideSurrogatePair(text, from - 1) ? 2 : 1;
  return text.slice(from, start).replace(WHITE_SPACE_RUN, ' ');
}

/** Up to CONTEXT_CODE_POINTS after `end`, white space as in leftContext. */
export function rightContext(text: string, end: number): string {
  let to = end;
  for (let n = 0; n < CONTEXT_CODE_POINTS && to < text.length; n++) to += isInsideSurrogatePair(text, to + 1) ? 2 : 1;
  return text.slice(end, to).replace(WHITE_SPACE_RUN, ' ');
}
