import type { Relation } from '../../shared/model';
import { LinkedRows } from './linked-rows';

/**
 * The project's relation array (its saved form) indexed both ways: by relation id, and by the
 * annotation at either end. Finding a relation, or every relation of an annotation, never scans
 * the array. All changes go through here.
 */
export class RelationIndex {
  readonly #rows: LinkedRows<Relation>;

  constructor(rows: Relation[]) {
    this.#rows = new LinkedRows(rows, (r) => [r.from, r.to]);
  }

  get(id: string): Relation | undefined {
    return this.#rows.get(id);
  }

  /** The relations from or to an annotation. */
  of(annotationId: string): Relation[] {
    return this.#rows.linkedTo(annotationId);
  }

  /** Adds a relation, or replaces the one with its id. */
  put(relation: Relation): void {
    this.#rows.put(relation);
  }

  remove(id: string): void {
    this.#rows.remove(id);
  }
}
