import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnnotationIdIndex } from '../../../../shared/model';

type Operation = { kind: 'add'; id: string } | { kind: 'remove'; pick: number } | { kind: 'replace'; pick: number };

// Few distinct ids, so adds collide with existing ones and probe runs form and break.
const idArbitrary = fc.stringMatching(/^[a-d]{1,3}$/);
const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id: idArbitrary }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), pick: fc.nat() }),
);

describe('AnnotationIdIndex', () => {
  it('finds every row by id, and only those, after any sequence of adds, removes and swaps (model: a Map)', () => {
    fc.assert(
      fc.property(
        fc.array(idArbitrary, { maxLength: 30 }),
        fc.array(operationArbitrary, { maxLength: 80 }),
        (initial, operations) => {
          const rows = initial.map((id) => ({ id }));
          const index = new AnnotationIdIndex(rows);
          const model = new Map<string, number>();
          const duplicates: number[] = [];
          rows.forEach((row, i) => (model.has(row.id) ? duplicates.push(i) : model.set(row.id, i)));
          expect(index.duplicates).toEqual(duplicates);
          // Keep only the first of each id, as a project with duplicates is refused anyway.
          for (const i of [...duplicates].reverse()) rows.splice(i, 1);
          const fresh = new AnnotationIdIndex(rows);
          model.clear();
          rows.forEach((row, i) => model.set(row.id, i));

          for (const op of operations) {
            if (op.kind === 'add') {
              if (model.has(op.id)) {
                expect(fresh.add(op.id, rows.length)).toBe(false);
                continue;
              }
              rows.push({ id: op.id });
              expect(fresh.add(op.id, rows.length - 1)).toBe(true);
            } else if (rows.length > 0) {
              const i = op.pick % rows.length;
              const id = rows[i]!.id;
              if (op.kind === 'replace') {
                rows[i] = { id };
                continue;
              }
              // What AnnotationTable does: forget, move the last row into the hole, shorten.
              fresh.remove(id);
              const last = rows.length - 1;
              if (i !== last) {
                fresh.moveTo(rows[last]!.id, i);
                rows[i] = rows[last]!;
              }
              rows.pop();
            }
            model.clear();
            rows.forEach((row, i) => model.set(row.id, i));
            expect(fresh.size).toBe(model.size);
            for (const [id, position] of model) expect(fresh.positionOf(id)).toBe(position);
            for (const id of ['a', 'bb', 'ccc', 'dd', 'zzz']) expect(fresh.has(id)).toBe(model.has(id));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('indexes a hundred thousand distinct ids and grows past its first capacity', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `id${i.toString(36)}` }));
    const index = new AnnotationIdIndex(rows);
    expect(index.size).toBe(100_000);
    expect(index.duplicates).toEqual([]);
    for (let i = 0; i < 100_000; i++) {
      rows.push({ id: `new${i}` });
      index.add(`new${i}`, rows.length - 1);
    }
    expect(index.size).toBe(200_000);
    expect(index.positionOf('id0')).toBe(0);
    expect(index.positionOf('new99999')).toBe(199_999);
    expect(index.positionOf('missing')).toBeUndefined();
  });
});
