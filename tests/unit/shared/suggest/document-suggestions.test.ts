import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema } from '../../../../shared/model';
import { suggestForDocument, type LabelledSpan } from '../../../../shared/suggest/document-suggestions';
import type { SuggestionCandidate, SuggestionSource } from '../../../../shared/suggest/suggestion';
import { isInsideSurrogatePair } from '../../../../shared/text/surrogate-pairs';
import { hardTextArbitrary } from '../../renderer/document-view/hard-text';

const schema = defaultAnnotationSchema();
const text = 'Hajizada said some 400,000 mines remain; Armenia 😀 disagreed in May.';
const at = (quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length });

/** A source proposing fixed candidates (the engine is tested apart from memory and NLP). */
function fixed(id: 'memory' | 'nlp', candidates: Omit<SuggestionCandidate, 'source'>[]): SuggestionSource {
  return { id, candidates: () => candidates.map((c) => ({ ...c, source: id })) };
}

function suggest(sources: SuggestionSource[], annotations: LabelledSpan[] = [], rejections: LabelledSpan[] = []) {
  return suggestForDocument({ text, schema, annotations, rejections, sources });
}

describe('suggestForDocument', () => {
  it('completes each candidate with its id, its text and, for a figure, the normalised value', () => {
    const found = suggest([
      fixed('nlp', [
        { ...at('400,000'), label: 'figure', kind: 'number' },
        { ...at('Hajizada'), label: 'actor', kind: 'person' },
      ]),
    ]);
    expect(found).toEqual([
      {
        ...at('Hajizada'),
        id: `0-8-actor`,
        text: 'Hajizada',
        label: 'actor',
        source: 'nlp',
        kind: 'person',
        attributes: {},
      },
      {
        ...at('400,000'),
        id: `${at('400,000').start}-${at('400,000').end}-figure`,
        text: '400,000',
        label: 'figure',
        source: 'nlp',
        kind: 'number',
        attributes: { value: 400000, unit: 'mines', kind: 'count', qualifier: 'approximate' },
      },
    ]);
  });

  it('leaves out rejected suggestions, annotated spans and overlaps with annotations of the same label', () => {
    const sources = [
      fixed('nlp', [
        { ...at('Hajizada'), label: 'actor' },
        { ...at('Armenia'), label: 'actor' },
        { ...at('400,000'), label: 'figure' },
        { ...at('400,000 mines'), label: 'event' },
        { ...at('May'), label: 'event' },
      ]),
    ];
    const annotations = [
      { ...at('Hajizada said'), label: 'actor' }, // overlaps the Hajizada suggestion, same label
      { ...at('400,000'), label: 'claim' }, // the same span, already labelled otherwise
      { ...at('400,000 mines remain'), label: 'claim' }, // overlaps, another label: fine
    ];
    const rejections = [{ ...at('Armenia'), label: 'actor' }];
    expect(suggest(sources, annotations, rejections).map((s) => [s.text, s.label])).toEqual([
      ['400,000 mines', 'event'],
      ['May', 'event'],
    ]);
  });

  it('a rejection is of one label: the same span may still be suggested as another', () => {
    const sources = [
      fixed('nlp', [
        { ...at('Armenia'), label: 'actor' },
        { ...at('Armenia'), label: 'event' },
      ]),
    ];
    expect(suggest(sources, [], [{ ...at('Armenia'), label: 'actor' }]).map((s) => s.label)).toEqual(['event']);
  });

  it('of overlapping candidates of one label: one inside another gives way to it, then the trusted source, then the longer', () => {
    const memory = fixed('memory', [
      { ...at('Hajizada'), label: 'actor' },
      { ...at('400,000 mines'), label: 'figure' },
    ]);
    const nlp = fixed('nlp', [
      { ...at('Hajizada said'), label: 'actor' }, // holds the memory's "Hajizada": it stays
      { ...at('mines remain'), label: 'figure' }, // crosses the memory's figure: the memory's stays
      { ...at('Armenia'), label: 'actor' },
      { ...at('Armenia 😀'), label: 'actor' },
      { ...at('Hajizada'), label: 'claim' },
    ]);
    expect(suggest([memory, nlp]).map((s) => [s.text, s.label, s.source])).toEqual([
      ['Hajizada said', 'actor', 'nlp'],
      ['Hajizada', 'claim', 'nlp'],
      ['400,000 mines', 'figure', 'memory'],
      ['Armenia 😀', 'actor', 'nlp'],
    ]);
  });

  it('drops candidates outside the text, cutting an emoji in half, of unknown labels or only whitespace', () => {
    const emoji = text.indexOf('😀');
    const sources = [
      fixed('nlp', [
        { start: emoji + 1, end: emoji + 2, label: 'actor' },
        { start: text.length - 2, end: text.length + 3, label: 'actor' },
        { start: 4, end: 2, label: 'actor' },
        { ...at('Armenia'), label: 'person' },
        { start: emoji - 1, end: emoji, label: 'actor' },
        { start: emoji, end: emoji + 2, label: 'figure' },
      ]),
    ];
    expect(suggest(sources).map((s) => s.text)).toEqual(['😀']);
  });

  it('gives the same suggestions in text order whatever order the source lists them in', () => {
    const candidates = [
      { ...at('May'), label: 'event' },
      { ...at('Hajizada'), label: 'actor' },
      { ...at('Hajizada said'), label: 'claim' },
      { ...at('Armenia'), label: 'actor' },
    ];
    const forward = suggest([fixed('nlp', candidates)]);
    expect(suggest([fixed('nlp', [...candidates].reverse())])).toEqual(forward);
    expect(forward.map((s) => s.text)).toEqual(['Hajizada said', 'Hajizada', 'Armenia', 'May']);
  });

  it('on any text and candidates: each suggestion is the text at its offsets, one label never overlaps itself or an annotation', () => {
    const candidate = fc.record({
      start: fc.integer({ min: -2, max: 40 }),
      length: fc.integer({ min: 0, max: 12 }),
      label: fc.constantFrom('claim', 'figure', 'actor', 'event', 'other'),
    });
    fc.assert(
      fc.property(
        hardTextArbitrary,
        fc.array(candidate, { maxLength: 25 }),
        fc.array(candidate, { maxLength: 5 }),
        (t, raw, anns) => {
          const toSpan = (c: { start: number; length: number; label: string }) => ({
            start: c.start,
            end: c.start + c.length,
            label: c.label,
          });
          const annotations = anns.map(toSpan);
          const found = suggestForDocument({
            text: t,
            schema,
            annotations,
            rejections: [],
            sources: [fixed('nlp', raw.map(toSpan))],
          });
          for (const s of found) {
            expect(s.text).toBe(t.slice(s.start, s.end));
            expect([s.start, s.end].map((at) => isInsideSurrogatePair(t, at))).toEqual([false, false]);
            const others = [...found.filter((o) => o !== s), ...annotations].filter((o) => o.label === s.label);
            expect(others.filter((o) => o.start < s.end && s.start < o.end)).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
