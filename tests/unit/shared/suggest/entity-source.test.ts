import { describe, expect, it } from 'vitest';
import { entitySource } from '../../../../shared/suggest/entity-source';
import type { EntityMention } from '../../../../shared/suggest/entity-kinds';
import { DEFAULT_SUGGESTION_SETTINGS } from '../../../../shared/suggest/suggestion-settings';

const mentions: EntityMention[] = [
  { kind: 'person', start: 0, end: 5 },
  { kind: 'place', start: 10, end: 15 },
  { kind: 'date', start: 20, end: 26 },
  { kind: 'percent', start: 30, end: 33 },
];

describe('entitySource', () => {
  it('turns each kind into the label the settings map it to', () => {
    const source = entitySource(() => mentions, DEFAULT_SUGGESTION_SETTINGS.labels);
    expect(source.candidates('any text')).toEqual([
      { start: 0, end: 5, label: 'actor', source: 'nlp', kind: 'person' },
      { start: 10, end: 15, label: 'actor', source: 'nlp', kind: 'place' },
      { start: 20, end: 26, label: 'event', source: 'nlp', kind: 'date' },
      { start: 30, end: 33, label: 'figure', source: 'nlp', kind: 'percent' },
    ]);
  });

  it('follows a changed mapping and leaves out kinds mapped to no label', () => {
    const labels = { ...DEFAULT_SUGGESTION_SETTINGS.labels, place: 'location', date: null };
    const source = entitySource(() => mentions, labels);
    expect(source.candidates('any text').map((c) => [c.kind, c.label])).toEqual([
      ['person', 'actor'],
      ['place', 'location'],
      ['percent', 'figure'],
    ]);
  });

  it('reads the text it is given', () => {
    const seen: string[] = [];
    entitySource((text) => (seen.push(text), []), DEFAULT_SUGGESTION_SETTINGS.labels).candidates('the text');
    expect(seen).toEqual(['the text']);
  });
});
