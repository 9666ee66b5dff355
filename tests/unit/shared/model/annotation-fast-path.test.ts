import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationSchema, isPlainValidAnnotation } from '../../../../shared/model';

const valid = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    documentId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
    start: fc.nat(1000),
    end: fc.integer({ min: 1001, max: 5000 }),
    quote: fc.string(),
    label: fc.constantFrom('claim', 'figure'),
    // As JSON.parse makes them: plain objects (odd keys such as __proto__ go through zod instead).
    attributes: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 20 }).filter((k) => k !== '__proto__'),
      fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
      { noNullPrototype: true },
    ),
    note: fc.string(),
    annotator: fc.string({ maxLength: 200 }),
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
    ),
  )
  .map(([a, key, value]) => {
    const copy: Record<string, unknown> = { ...a };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
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
