import type { Suggestion } from '../../shared/suggest/suggestion';

/** A suggestion of `text` for renderer tests, in the engine's shape: the span's text cut from it, id `start-end-label`. */
export const suggestionOf = (text: string, start: number, end: number, label = 'actor'): Suggestion => ({
  id: `${start}-${end}-${label}`,
  start,
  end,
  label,
  text: text.slice(start, end),
  source: 'nlp',
  attributes: {},
});
