import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RelationIndex } from '../../../../main/service/relation-index';
import type { Relation } from '../../../../shared/model';

const ends = fc.constantFrom('a', 'b', 'c', 'd');
const operation = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), id: fc.constantFrom('r1', 'r2', 'r3', 'r4'), from: ends, to: ends }),
  fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'zz') }),
);
const relation = (id: string, from: string, to: string): Relation => ({ id, type: 'cites', from, to, annotator: '' });

describe('RelationIndex', () => {
  it('agrees with a plain map, by id and by either end, after any sequence of puts and removes', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 30 }), (ops) => {
        const rows: Relation[] = [relation('r0', 'a', 'b')];
        const index = new RelationIndex(rows);
        const model = new Map<string, Relation>([['r0', rows[0]!]]);
        for (const op of ops) {
          if (op.kind === 'put') {
            const r = relation(op.id, op.from, op.to);
            index.put(r);
            model.set(op.id, r);
          } else {
            index.remove(op.id);
            model.delete(op.id);
          }
        }
        // The saved array holds exactly the relations, once each.
        expect(rows.map((r) => r.id).sort()).toEqual([...model.keys()].sort());
        for (const [id, r] of model) expect(index.get(id)).toBe(r);
        for (const end of ['a', 'b', 'c', 'd', 'e']) {
          const expected = [...model.values()].filter((r) => r.from === end || r.to === end);
          expect(index.of(end).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
            expected.sort((x, y) => x.id.localeCompare(y.id)),
          );
        }
      }),
    );
  });
});
