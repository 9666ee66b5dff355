import { describe, expect, it } from 'vitest';
import { memorySource } from '../../../../shared/suggest/memory-source';
import { projectMemory, type LabelledQuote } from '../../../../shared/suggest/project-memory';

const order = ['claim', 'figure', 'actor', 'event'];

/** The memory source's candidates in `text`, as [found text, label], in text order. */
function found(labelled: LabelledQuote[], text: string): [string, string][] {
  return memorySource(projectMemory(labelled, order))
    .candidates(text)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((c) => [text.slice(c.start, c.end), c.label]);
}

describe('memorySource', () => {
  it('finds every occurrence of a labelled string, with its label and exact offsets', () => {
    const text = '😀 Hajizada said; later Hajizada added.';
    const candidates = memorySource(projectMemory([{ quote: 'Hajizada', label: 'actor' }], order)).candidates(text);
    expect(candidates).toEqual([
      { start: 3, end: 11, label: 'actor', source: 'memory', tiedLabels: [] },
      { start: 24, end: 32, label: 'actor', source: 'memory', tiedLabels: [] },
    ]);
  });

  it('matches whole words only, but a name followed by a possessive counts', () => {
    const memory = [{ quote: 'Hajizada', label: 'actor' }];
    expect(found(memory, 'Hajizadas and MrHajizada and Hajizada’s view and Hajizada-led')).toEqual([
      ['Hajizada', 'actor'],
      ['Hajizada', 'actor'],
    ]);
  });

  it('does not find a number inside a longer one', () => {
    expect(found([{ quote: '25%', label: 'figure' }], 'Only 1.25% and 3,25% but 25% here')).toEqual([
      ['25%', 'figure'],
    ]);
  });

  it('matches a string with a capital as written, one in lower case in any case', () => {
    const memory = [
      { quote: 'US', label: 'actor' },
      { quote: 'landmine maps', label: 'event' },
    ];
    expect(found(memory, 'Landmine maps reached us and the US; LANDMINE MAPS too')).toEqual([
      ['Landmine maps', 'event'],
      ['US', 'actor'],
      ['LANDMINE MAPS', 'event'],
    ]);
  });

  it('takes the longest string at the leftmost place within a label; labels may overlap', () => {
    const memory = [
      { quote: 'Foreign Ministry', label: 'actor' },
      { quote: 'Azerbaijani Foreign Ministry', label: 'actor' },
      { quote: 'Ministry', label: 'actor' },
      { quote: 'Azerbaijani Foreign Ministry spokesperson said', label: 'claim' },
    ];
    expect(found(memory, 'The Azerbaijani Foreign Ministry spokesperson said. The Foreign Ministry agreed.')).toEqual([
      ['Azerbaijani Foreign Ministry spokesperson said', 'claim'],
      ['Azerbaijani Foreign Ministry', 'actor'],
      ['Foreign Ministry', 'actor'],
    ]);
  });

  it('finds a string that starts with a quote mark or a currency sign', () => {
    const memory = [
      { quote: '“the actual figure', label: 'claim' },
      { quote: '$5 million', label: 'figure' },
    ];
    expect(found(memory, 'He said “the actual figure was $5 million.')).toEqual([
      ['“the actual figure', 'claim'],
      ['$5 million', 'figure'],
    ]);
  });

  it('carries the labels tied with the winner', () => {
    const candidates = memorySource(
      projectMemory(
        [
          { quote: 'Envoy', label: 'actor' },
          { quote: 'Envoy', label: 'event' },
        ],
        order,
      ),
    ).candidates('Envoy magazine');
    expect(candidates).toEqual([{ start: 0, end: 5, label: 'actor', source: 'memory', tiedLabels: ['event'] }]);
  });
});
