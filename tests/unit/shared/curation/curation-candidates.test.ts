import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curationCandidates } from '../../../../shared/curation/curation-candidates';
import { curationView } from '../../../../shared/curation/curation-view';
import type { Annotation } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';

const text = 'The ministry said 25 percent of the maps were accurate, Hajizada told Envoy magazine.';

const span = (id: string, annotator: string, quote: string, label: string, overrides: Partial<Annotation> = {}) => {
  const start = text.indexOf(quote);
  return annotationOf(text, id, start, start + quote.length, { annotator, label, ...overrides });
};

const states = (annotations: Annotation[], rejected: string[] = []) =>
  curationCandidates(annotations, rejected).map((c) => [c.key, c.annotators.join('+'), c.state]);

describe('curationCandidates', () => {
  it('groups the same label on the same span into one candidate: agreed when every annotator made it, else disputed', () => {
    const annotations = [
      span('a1', 'ana', 'The ministry', 'actor'),
      span('b1', 'ben', 'The ministry', 'actor'),
      span('a2', 'ana', '25 percent', 'figure'),
      span('b2', 'ben', '25 percent', 'claim'),
      span('b3', 'ben', 'Hajizada', 'actor'),
    ];
    expect(states(annotations)).toEqual([
      ['actor@0-12', 'ana+ben', 'agreed'],
      ['claim@18-28', 'ben', 'disputed'],
      ['figure@18-28', 'ana', 'disputed'],
      ['actor@56-64', 'ben', 'disputed'],
    ]);
    const [, claim, , hajizada] = curationCandidates(annotations);
    expect(claim!.conflicts).toEqual(['figure@18-28']);
    expect(hajizada!.missing).toEqual(['ana']);
  });

  it('calls nobody agreed on a span everyone also made a rival version of (accepting one would replace the other)', () => {
    const annotations = ['ana', 'ben'].flatMap((who) => [
      span(`${who}1`, who, 'The ministry', 'actor'),
      span(`${who}2`, who, 'ministry', 'actor'),
      span(`${who}3`, who, '25 percent', 'figure'),
      span(`${who}4`, who, '25 percent', 'claim'),
      span(`${who}5`, who, 'Hajizada told', 'claim'),
      span(`${who}6`, who, 'Hajizada', 'actor'),
    ]);
    // Another label on another extent (an actor inside a claim) is a second thing, not a rival.
    expect(states(annotations)).toEqual([
      ['actor@0-12', 'ana+ben', 'disputed'],
      ['actor@4-12', 'ana+ben', 'disputed'],
      ['claim@18-28', 'ana+ben', 'disputed'],
      ['figure@18-28', 'ana+ben', 'disputed'],
      ['claim@56-69', 'ana+ben', 'agreed'],
      ['actor@56-64', 'ana+ben', 'agreed'],
    ]);
  });

  it('tells spans apart by their pieces: a discontinuous span is not its outer bounds', () => {
    const pieces = [
      { start: 36, end: 40 },
      { start: 46, end: 54 },
    ];
    const annotations = [
      span('a1', 'ana', 'maps were accurate', 'claim', { fragments: pieces }),
      span('b1', 'ben', 'maps were accurate', 'claim'),
    ];
    expect(states(annotations)).toEqual([
      ['claim@36-40,46-54', 'ana', 'disputed'],
      ['claim@36-54', 'ben', 'disputed'],
    ]);
  });

  it('marks agreeing spans whose attributes differ as disputed, naming the attributes', () => {
    const annotations = [
      span('a1', 'ana', '25 percent', 'figure', { attributes: { unit: 'percent', value: 0.25 } }),
      span('b1', 'ben', '25 percent', 'figure', { attributes: { value: 0.25 } }),
    ];
    const [figure] = curationCandidates(annotations);
    expect(figure).toMatchObject({ state: 'disputed', missing: [], differingAttributes: ['unit'] });
  });

  it('settles a candidate when gold has a span over it or every version of it was rejected', () => {
    const annotations = [
      span('a1', 'ana', 'The ministry', 'actor'),
      span('b1', 'ben', 'ministry', 'actor'),
      span('g1', 'gold', 'The ministry', 'actor'),
      span('a2', 'ana', 'Hajizada', 'actor'),
      span('b2', 'ben', 'Envoy', 'actor'),
    ];
    expect(states(annotations, ['b2', 'gone'])).toEqual([
      ['actor@0-12', 'ana', 'settled'],
      ['actor@4-12', 'ben', 'settled'],
      ['actor@56-64', 'ana', 'disputed'],
      ['actor@70-75', 'ben', 'settled'],
    ]);
  });
});

const annotators = ['ana', 'ben', 'cy'];
const labels = ['actor', 'claim'];

/** Random annotators' spans over the text (some the same, some overlapping), ids unique. */
const annotationsArbitrary = fc
  .array(
    fc.record({
      annotator: fc.constantFrom(...annotators),
      label: fc.constantFrom(...labels),
      start: fc.integer({ min: 0, max: 20 }),
      length: fc.integer({ min: 1, max: 6 }),
      attribute: fc.constantFrom(undefined, 'yes', 'no'),
    }),
    { maxLength: 30 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      annotationOf(text, `x${i}`, r.start, r.start + r.length, {
        annotator: r.annotator,
        label: r.label,
        attributes: r.attribute === undefined ? {} : { checkable: r.attribute },
      }),
    ),
  );

describe('curationCandidates (properties)', () => {
  it('puts every annotator annotation in exactly one candidate, with its own label and span', () => {
    fc.assert(
      fc.property(annotationsArbitrary, (annotations) => {
        const candidates = curationCandidates(annotations);
        const placed = candidates.flatMap((c) => c.versions.map((v) => v.annotationId)).sort();
        expect(placed).toEqual(annotations.map((a) => a.id).sort());
        for (const c of candidates) {
          for (const v of c.versions) {
            const a = annotations.find((x) => x.id === v.annotationId)!;
            expect([a.label, a.start, a.end, a.annotator]).toEqual([c.label, c.start, c.end, v.annotator]);
          }
        }
      }),
    );
  });

  it('gives the same candidates whatever the order of the annotations', () => {
    fc.assert(
      fc.property(
        annotationsArbitrary.chain((annotations) =>
          fc.tuple(fc.constant(annotations), fc.shuffledSubarray(annotations, { minLength: annotations.length })),
        ),
        ([annotations, shuffled]) => {
          expect(curationCandidates(shuffled)).toEqual(curationCandidates(annotations));
        },
      ),
    );
  });
});

describe('curationView', () => {
  it('gives one lane per annotator with their names, gold apart, and the settled share', () => {
    const view = curationView(
      'doc',
      [
        span('b1', 'ben', 'Hajizada', 'actor'),
        span('a1', 'ana', 'The ministry', 'actor'),
        span('g1', 'gold', 'The ministry', 'actor'),
      ],
      [{ id: 'ana', name: 'Ana Lima' }],
      null,
    );
    expect(view.lanes.map((l) => [l.name, l.annotations.map((a) => a.id)])).toEqual([
      ['Ana Lima', ['a1']],
      ['ben', ['b1']],
    ]);
    expect(view.gold.map((a) => a.id)).toEqual(['g1']);
    expect(view.progress).toEqual({ settled: 1, total: 2 });
  });
});
