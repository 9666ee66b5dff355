import type { Equivalence } from '../../shared/model';
import { LinkedRows } from './linked-rows';

/**
 * The project's equivalence groups (their saved array) indexed by id, by member annotation and
 * by document. All changes go through here.
 */
export class EquivalenceIndex {
  readonly #rows: LinkedRows<Equivalence>;

  constructor(rows: Equivalence[]) {
    this.#rows = new LinkedRows(rows, (g) => [`document:${g.documentId}`, ...g.members]);
  }

  get(id: string): Equivalence | undefined {
    return this.#rows.get(id);
  }

  /** The groups an annotation is a member of. */
  containing(annotationId: string): Equivalence[] {
    return this.#rows.linkedTo(annotationId);
  }

  inDocument(documentId: string): Equivalence[] {
    return this.#rows.linkedTo(`document:${documentId}`);
  }

  /** Adds a group, or replaces the one with its id. */
  put(group: Equivalence): void {
    this.#rows.put(group);
  }

  remove(id: string): void {
    this.#rows.remove(id);
  }
}
