import type { Entity } from '../../shared/model';
import { foldString } from '../../shared/search/folded-text';

/** One option of the entity box: an existing entity, or a new one to make. */
export type EntityChoice = { kind: 'existing'; entity: Entity } | { kind: 'new'; name: string };

/**
 * The options for a mention: the entities of its label whose name or an alias contains what was
 * typed (case and accents aside), then "New entity" named as typed, or after the mention's quote.
 */
export function entityChoices(
  entities: readonly Entity[],
  label: string,
  typed: string,
  quote: string,
): EntityChoice[] {
  const wanted = foldString(typed.trim(), false);
  const matches = entities.filter(
    (e) => e.label === label && [e.name, ...e.aliases].some((name) => foldString(name, false).includes(wanted)),
  );
  const name = typed.trim() || quote.trim();
  const exact = matches.some((e) => e.name === name);
  return [
    ...matches.map((entity) => ({ kind: 'existing' as const, entity })),
    ...(name && !exact ? [{ kind: 'new' as const, name }] : []),
  ];
}

export function choiceText(choice: EntityChoice): string {
  if (choice.kind === 'new') return `New entity «${choice.name}»`;
  const { name, aliases } = choice.entity;
  return aliases.length > 0 ? `${name} (${aliases.join(', ')})` : name;
}
