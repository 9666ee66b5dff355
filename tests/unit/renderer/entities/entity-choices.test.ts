import { describe, expect, it } from 'vitest';
import { choiceText, entityChoices } from '../../../../renderer/entities/entity-choices';
import type { Entity } from '../../../../shared/model';

const aykhan: Entity = { id: 'e1', name: 'Aykhan Hajizada', label: 'actor', aliases: ['the spokesperson'] };
const armenia: Entity = { id: 'e2', name: 'Armenia', label: 'actor', aliases: [] };
const claim: Entity = { id: 'e3', name: 'Hajizada’s claim', label: 'claim', aliases: [] };

describe('entityChoices', () => {
  it('offers the entities of the mention’s label whose name or alias holds what was typed, then a new one', () => {
    const choices = entityChoices([aykhan, armenia, claim], 'actor', 'SPOKES', 'Hajizada');
    expect(choices.map(choiceText)).toEqual(['Aykhan Hajizada (the spokesperson)', 'New entity «SPOKES»']);
  });

  it('names the new entity after the quote when nothing is typed, and offers no new one that repeats a name', () => {
    expect(entityChoices([aykhan, armenia], 'actor', '', 'Hajizada').map(choiceText)).toEqual([
      'Aykhan Hajizada (the spokesperson)',
      'Armenia',
      'New entity «Hajizada»',
    ]);
    expect(entityChoices([armenia], 'actor', ' Armenia ', 'x').map(choiceText)).toEqual(['Armenia']);
  });

  it('folds case and accents as the search does', () => {
    const karabakh: Entity = { id: 'e4', name: 'Qarabağ', label: 'actor', aliases: [] };
    expect(entityChoices([karabakh], 'actor', 'QARABAG', 'x')[0]).toEqual({ kind: 'existing', entity: karabakh });
  });
});
