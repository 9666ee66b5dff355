import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANNOTATOR_MAX_LENGTH,
  ATTRIBUTE_NAME_MAX_LENGTH,
  ID_MAX_LENGTH,
  ID_PATTERN,
  NOTE_MAX_LENGTH,
  annotationProblem,
  annotationSchema,
  isPlainValidAnnotation,
  relationProblem,
  relationSchema,
} from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';

const id = fc.stringMatching(ID_PATTERN, { maxLength: ID_MAX_LENGTH });

const valid = fc
  .record({
    id,
    documentId: id,
    start: fc.nat(1000),
    end: fc.integer({ min: 1001, max: 5000 }),
    quote: fc.string(),
    label: fc.constantFrom('claim', 'figure'),
    // As JSON.parse makes them: plain objects, whatever their keys ("__proto__" too).
    attributes: fc.dictionary(
      fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('__proto__', 'constructor')),
      fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
      { noNullPrototype: true },
    ),
    note: fc.string(),
    annotator: fc.string({ maxLength: ANNOTATOR_MAX_LENGTH }),
    createdAt: fc
      .date({ min: new Date('1970-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    updatedAt: fc.constant('2026-01-01T00:00:00.000Z'),
  })
  // What the loader sees: objects as JSON.parse makes them.
  .map((a) => JSON.parse(JSON.stringify(a)) as Record<string, unknown>);

/** A valid annotation with one field swapped for something odd, or a key added or removed. */
const mutated = fc
  .tuple(
    valid,
    fc.constantFrom(
      'id',
      'documentId',
      'start',
      'end',
      'quote',
      'label',
      'attributes',
      'note',
      'annotator',
      'createdAt',
      'extra',
      'fragments',
      'modifiers',
      'normalizations',
      'comments',
    ),
    fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.integer({ min: -5, max: 5 }),
      fc.double(),
      fc.string(),
      fc.constant('2026-02-30T00:00:00Z'),
      fc.constant('../x'),
      fc.constant([
        { start: 0, end: 1 },
        { start: 2, end: 3 },
      ]),
      fc.object(),
      // Just past each limit.
      fc.constant('n'.repeat(NOTE_MAX_LENGTH + 1)),
      fc.constant('n'.repeat(ANNOTATOR_MAX_LENGTH + 1)),
      fc.constant('i'.repeat(ID_MAX_LENGTH + 1)),
      fc.constant({ ['a'.repeat(ATTRIBUTE_NAME_MAX_LENGTH + 1)]: 1 }),
      fc.constant({ '': 1 }),
      fc.constant({ ['__proto__']: [1] }),
      // Modifiers, normalizations and comments, well-formed or not.
      fc.constant([]),
      fc.constant(['certainty']),
      fc.constant(['x', 'x']),
      fc.constant([{ resource: 'Wikidata', entry: 'Q72', text: 'Zürich' }]),
      fc.constant([{ resource: 'Wiki:data', entry: 'Q72', text: '' }]),
      fc.constant([{ resource: 'Wikidata', entry: 'Q 72', text: '' }]),
      fc.constant([{ resource: 'Wikidata', entry: 'Q72', text: 'two\nlines' }]),
      fc.constant([{ type: 'Lemma', text: 'run' }]),
      fc.constant([{ type: 'AnnotatorNotes', text: 'on A1', about: { attribute: 'certainty' } }]),
      fc.constant([{ type: 'AnnotatorNotes', text: 'on N1', about: { normalization: 0 } }]),
      fc.constant([{ type: 'Two words', text: '' }]),
      fc.constant([{ type: 'Lemma', text: 'x', about: { attribute: 'a', normalization: 0 } }]),
      fc.constant([{ type: 'Lemma', text: 'x', about: { normalization: -1 } }]),
      fc.constant([{ type: 'Lemma', text: 'n'.repeat(NOTE_MAX_LENGTH + 1) }]),
    ),
  )
  .map(([a, key, value]) => {
    const copy: Record<string, unknown> = { ...a };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  });

/** A valid annotation whose attributes are all modifiers (brat M lines). */
const withModifiers = valid.map((a) => ({ ...a, modifiers: Object.keys(a.attributes as object) }));

/** A valid annotation made discontinuous: well-formed pieces, or pieces broken one way or another. */
const withFragments = fc
  .tuple(valid, fc.constantFrom('good', 'overlap', 'gap-at-end', 'empty', 'one', 'extra-key'))
  .map(([a, how]) => {
    const start = a.start as number;
    const end = a.end as number;
    const fragments = {
      good: [
        { start, end: start + 1 },
        { start: start + 2, end },
      ],
      overlap: [
        { start, end: start + 3 },
        { start: start + 2, end },
      ],
      'gap-at-end': [
        { start, end: start + 1 },
        { start: start + 2, end: end - 1 },
      ],
      empty: [
        { start, end: start },
        { start: start + 2, end },
      ],
      one: [{ start, end }],
      'extra-key': [
        { start, end: start + 1, label: 'x' },
        { start: start + 2, end },
      ],
    }[how];
    return { ...a, fragments };
  });

describe('annotationProblem', () => {
  it('refuses exactly what annotationSchema refuses', () => {
    fc.assert(
      fc.property(fc.oneof(valid, mutated, withFragments, withModifiers), (a) => {
        expect(annotationProblem(a) === null).toBe(annotationSchema.safeParse(a).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('names a field holding an object that cannot be made text (JSON can give "toString" any value)', () => {
    const odd = JSON.parse('{"toString": {}}') as unknown;
    const a = annotationOf('Armenia said', 'a1', 0, 7);
    expect(annotationProblem({ ...a, id: odd })).toMatch(/^id an object is not an id/);
    expect(annotationProblem({ ...a, createdAt: [odd] })).toMatch(/^createdAt a list is not an ISO-8601 timestamp/);
  });
});

describe('relationProblem', () => {
  it('refuses exactly what relationSchema refuses', () => {
    const field = fc.oneof(id, fc.string({ maxLength: 3 }), fc.constant(undefined), fc.integer());
    const relation = fc.record(
      {
        id: field,
        type: field,
        from: field,
        to: field,
        note: fc.oneof(fc.string({ maxLength: 3 }), fc.constant('n'.repeat(NOTE_MAX_LENGTH + 1)), fc.constant(7)),
        comments: fc.constantFrom([], [{ type: 'Lemma', text: 'x' }], [{ type: '', text: 'x' }], 'x'),
        annotator: fc.oneof(
          fc.string({ maxLength: 3 }),
          fc.constant('n'.repeat(ANNOTATOR_MAX_LENGTH)),
          fc.constant('n'.repeat(ANNOTATOR_MAX_LENGTH + 1)),
          fc.constant(null),
        ),
      },
      { requiredKeys: ['id', 'type', 'from', 'to'] },
    );
    fc.assert(
      fc.property(relation, (r) => {
        expect(relationProblem(r) === null).toBe(relationSchema.safeParse(r).success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isPlainValidAnnotation', () => {
  it('accepts plain valid annotations (so the fast path is really taken)', () => {
    fc.assert(
      fc.property(valid, (a) => {
        expect(isPlainValidAnnotation(a)).toBe(true);
      }),
    );
  });

  it('never accepts what zod refuses or would change', () => {
    fc.assert(
      fc.property(fc.oneof(valid, mutated), (a) => {
        if (!isPlainValidAnnotation(a)) return;
        const parsed = annotationSchema.safeParse(a);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });
});
