import { describe, expect, it } from 'vitest';
import { projectMemory } from '../../../../shared/suggest/project-memory';

const order = ['claim', 'figure', 'actor', 'event'];

describe('projectMemory', () => {
  it('gives each labelled string its most frequent label', () => {
    const memory = projectMemory(
      [
        { quote: 'Armenia', label: 'actor' },
        { quote: 'Armenia', label: 'event' },
        { quote: 'Armenia', label: 'actor' },
        { quote: '25%', label: 'figure' },
      ],
      order,
    );
    expect(memory).toEqual([
      { text: 'Armenia', label: 'actor', tiedLabels: [], caseSensitive: true },
      { text: '25%', label: 'figure', tiedLabels: [], caseSensitive: false },
    ]);
  });

  it('reports a tie, which the schema order breaks', () => {
    const memory = projectMemory(
      [
        { quote: 'the ministry', label: 'event' },
        { quote: 'the ministry', label: 'actor' },
      ],
      order,
    );
    expect(memory).toEqual([{ text: 'the ministry', label: 'actor', tiedLabels: ['event'], caseSensitive: false }]);
  });

  it('trims whitespace at the ends and leaves out single characters and strings with no letter or digit', () => {
    const memory = projectMemory(
      [
        { quote: ' Hajizada\n', label: 'actor' },
        { quote: 'a', label: 'actor' },
        { quote: '😀', label: 'actor' },
        { quote: '“…”', label: 'claim' },
      ],
      order,
    );
    expect(memory.map((e) => e.text)).toEqual(['Hajizada']);
  });
});
