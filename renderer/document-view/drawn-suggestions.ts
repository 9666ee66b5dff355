import type { Label } from '../../shared/model';
import type { Suggestion } from '../../shared/suggest/suggestion';

/** What the view draws of the open document's suggestions: the list (in text order) and the focused one. */
export interface DrawnSuggestions {
  list: readonly Suggestion[];
  focusedId: string | null;
}

export const noSuggestions: DrawnSuggestions = { list: [], focusedId: null };

const FALLBACK_COLOUR = '#888888';

/**
 * The suggestions sharing a character with `from`–`to`. A document has hundreds of suggestions at
 * most, so each paragraph scans the list.
 */
export function suggestionsOverlapping(drawn: DrawnSuggestions, from: number, to: number): Suggestion[] {
  return drawn.list.filter((s) => s.start < to && s.end > from);
}

/**
 * The attributes a run of text covered by suggestions adds to its segment: a dashed outline in the
 * first one's label colour (a highlight is an annotation's look: a suggestion is not one until
 * accepted), closed at the run where a suggestion begins or ends, solid for the focused one; their
 * ids (for tests and clicks) and a tooltip line each.
 */
export function suggestionAttrs(
  covering: readonly Suggestion[],
  drawn: DrawnSuggestions,
  labels: ReadonlyMap<string, Label>,
  edges: { start: boolean; end: boolean },
): Record<string, string> {
  const classes = ['tw-sg'];
  if (edges.start) classes.push('tw-sg--start');
  if (edges.end) classes.push('tw-sg--end');
  if (covering.some((s) => s.id === drawn.focusedId)) classes.push('tw-sg--focused');
  const label = (s: Suggestion) => labels.get(s.label);
  return {
    class: classes.join(' '),
    'data-suggestion-id': covering.map((s) => s.id).join(' '),
    'data-suggested-label': covering.map((s) => s.label).join(' '),
    title: covering.map((s) => `Suggested: ${label(s)?.name ?? s.label}`).join('\n'),
    style: `--tw-sg-colour: ${label(covering[0]!)?.colour ?? FALLBACK_COLOUR}`,
  };
}
