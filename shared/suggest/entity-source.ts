import type { EntityMention } from './entity-kinds';
import type { SuggestionSettings } from './suggestion-settings';
import type { SuggestionSource } from './suggestion';

/** Finds the things in a text: compromise in the app, a fixed list in tests. */
export type FindEntityMentions = (text: string) => readonly EntityMention[];

/**
 * The offline NLP as a source: each thing found becomes a candidate of the label the settings map
 * its kind to; kinds mapped to no label are not suggested.
 */
export function entitySource(findMentions: FindEntityMentions, labels: SuggestionSettings['labels']): SuggestionSource {
  return {
    id: 'nlp',
    candidates: (text) =>
      findMentions(text).flatMap(({ kind, start, end }) => {
        const label = labels[kind];
        return label ? [{ start, end, label, source: 'nlp' as const, kind }] : [];
      }),
  };
}
