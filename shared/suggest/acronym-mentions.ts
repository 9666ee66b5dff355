import type { EntityMention } from './entity-kinds';

/** "(UNHCR)" right after a capitalised word: an organisation's name defined by its acronym. */
const DEFINED_ACRONYM = /(?<=\p{Lu}[\p{L}.’']*\s?)\((\p{Lu}{2,6})\)/gu;

/**
 * Acronyms a text defines in parentheses after a name ("Pakistani Taliban (TTK)"), as
 * organisations wherever they stand in it as a whole word: the NLP knows few of them.
 */
export function definedAcronyms(text: string): EntityMention[] {
  const acronyms = new Set([...text.matchAll(DEFINED_ACRONYM)].map((m) => m[1]!));
  return [...acronyms].flatMap((acronym) =>
    [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, 'gu'))].map((m): EntityMention => ({
      kind: 'organisation',
      start: m.index,
      end: m.index + acronym.length,
    })),
  );
}
