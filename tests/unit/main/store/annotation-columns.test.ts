import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countStoredAnnotations, packAnnotations, unpackAnnotations } from '../../../../main/store/annotation-columns';
import { ID_PATTERN, annotationSchema, type Annotation } from '../../../../shared/model';

const annotationArbitrary: fc.Arbitrary<Annotation> = fc
  .record({
    id: fc.stringMatching(ID_PATTERN, { maxLength: 12 }),
    documentId: fc.constantFrom('d1', 'd2', 'd3', 'elsewhere'),
    start: fc.nat(1000),
    length: fc.integer({ min: 3, max: 50 }),
    quote: fc.string(),
    label: fc.constantFrom('claim', 'figure'),
    attributes: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 10 }).filter((k) => k !== '__proto__'),
      fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
      { maxKeys: 2 },
    ),
    note: fc.oneof(fc.constant(''), fc.string()),
    annotator: fc.string({ maxLength: 20 }),
    split: fc.boolean(),
  })
  .map(({ length, split, ...a }) => ({
    ...a,
    end: a.start + length,
    ...(split
      ? {
          fragments: [
            { start: a.start, end: a.start + 1 },
            { start: a.start + 2, end: a.start + length },
          ],
        }
      : {}),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-02-01T10:00:00.000Z',
  }));

/** The order the file keeps: grouped by document (listed documents first), in original order within each. */
function fileOrder(rows: Annotation[], documentIds: string[]): Annotation[] {
  const rank = (id: string) => (documentIds.includes(id) ? documentIds.indexOf(id) : documentIds.length);
  const firstSeen = (id: string) => rows.findIndex((a) => a.documentId === id);
  return rows
    .map((a, i) => ({ a, i }))
    .sort(
      (x, y) =>
        rank(x.a.documentId) - rank(y.a.documentId) ||
        firstSeen(x.a.documentId) - firstSeen(y.a.documentId) ||
        x.i - y.i,
    )
    .map(({ a }) => a);
}

describe('annotation column blocks (project format version 2)', () => {
  it('unpack(pack(rows)) gives every annotation back, field for field, grouped by document', () => {
    fc.assert(
      fc.property(fc.array(annotationArbitrary, { maxLength: 40 }), (rows) => {
        const documentIds = ['d2', 'd1', 'd3'];
        // Through JSON, as the file goes.
        const stored: unknown = JSON.parse(JSON.stringify(packAnnotations(rows, documentIds)));
        const unpacked = unpackAnnotations(stored);
        if (!unpacked.ok) throw new Error(unpacked.message);
        const back = unpacked.rows.map((row) => annotationSchema.parse(row));
        expect(back).toEqual(fileOrder(rows, documentIds).map((a) => annotationSchema.parse(a)));
        expect(countStoredAnnotations(stored)).toBe(rows.length);
      }),
      { numRuns: 300 },
    );
  });

  it('writes one block per document, empty sparse maps when nothing is set, and no block for a document without annotations', () => {
    const a: Annotation = {
      id: 'a1',
      documentId: 'd1',
      start: 0,
      end: 3,
      quote: 'Arm',
      label: 'actor',
      attributes: {},
      note: '',
      annotator: 'maria',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    expect(
      JSON.stringify(packAnnotations([a, { ...a, id: 'a2', note: 'n', attributes: { value: 25 } }], ['d0', 'd1'])),
    ).toBe(
      '[{"documentId":"d1","id":["a1","a2"],"start":[0,0],"end":[3,3],"quote":["Arm","Arm"],"label":["actor","actor"],' +
        '"annotator":["maria","maria"],"createdAt":["2026-01-01T00:00:00.000Z","2026-01-01T00:00:00.000Z"],' +
        '"updatedAt":["2026-01-01T00:00:00.000Z","2026-01-01T00:00:00.000Z"],"note":{"1":"n"},"attributes":{"1":{"value":25}},"fragments":{}}]',
    );
  });

  it('maps a row of the flattened list back to its block and row, across empty blocks', () => {
    const block = (documentId: string, n: number) => ({
      documentId,
      ...Object.fromEntries(
        ['id', 'start', 'end', 'quote', 'label', 'annotator', 'createdAt', 'updatedAt'].map((f) => [
          f,
          Array(n).fill(0),
        ]),
      ),
    });
    const unpacked = unpackAnnotations([block('a', 2), block('b', 0), block('c', 3)]);
    if (!unpacked.ok) throw new Error(unpacked.message);
    expect([0, 1, 2, 4].map(unpacked.placeOf)).toEqual([
      { block: 0, row: 0 },
      { block: 0, row: 1 },
      { block: 2, row: 0 },
      { block: 2, row: 2 },
    ]);
  });

  it('refuses a layout that is not blocks of equal columns, naming the place', () => {
    const good = JSON.parse(
      JSON.stringify(
        packAnnotations(
          [
            {
              id: 'a1',
              documentId: 'd1',
              start: 0,
              end: 1,
              quote: 'x',
              label: 'claim',
              attributes: {},
              note: '',
              annotator: '',
              createdAt: '2026-01-01T00:00:00.000Z',
              updatedAt: '2026-01-01T00:00:00.000Z',
            },
          ],
          ['d1'],
        ),
      ),
    ) as Record<string, unknown>[];
    const cases: [unknown, string][] = [
      [{}, 'annotations: expected an array of blocks'],
      [[7], 'annotations.0: expected an object'],
      [[{ ...good[0], documentId: 3 }], 'annotations.0.documentId: expected a document id'],
      [[{ ...good[0], end: 1 }], 'annotations.0.end: expected an array'],
      [[{ ...good[0], label: [] }], 'annotations.0.label: has 0 entries where "id" has 1'],
      [[{ ...good[0], note: [] }], 'annotations.0.note: expected an object keyed by row number'],
      [[{ ...good[0], note: { '01': 'x' } }], 'annotations.0.note.01: "01" is not a row number'],
      [[{ ...good[0], fragments: { '1': [] } }], 'annotations.0.fragments.1: "1" is not a row number'],
    ];
    for (const [raw, expected] of cases) {
      const unpacked = unpackAnnotations(raw);
      expect(unpacked.ok, expected).toBe(false);
      if (!unpacked.ok) expect(`${unpacked.path.join('.')}: ${unpacked.message}`).toContain(expected);
    }
    expect(countStoredAnnotations([{ id: 'x' }])).toBeNull();
    // A null where a note or attributes belong is passed on as it is, for the schema to refuse.
    const withNulls = unpackAnnotations([{ ...good[0], note: { '0': null }, attributes: { '0': null } }]);
    expect(withNulls.ok && withNulls.rows[0]).toMatchObject({ note: null, attributes: null });
  });
});
