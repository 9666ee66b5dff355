import type { Relation } from '../../shared/model';

/**
 * The project's relation array (its saved form) indexed both ways: by relation id, and by the
 * annotation at either end. Finding a relation, or every relation of an annotation, never scans
 * the array; a put or remove is O(1) plus the two ends' sets. All changes go through here.
 */
export class RelationIndex {
  readonly #positions = new Map<string, number>();
  readonly #byAnnotation = new Map<string, Set<string>>();

  constructor(private readonly rows: Relation[]) {
    rows.forEach((r, i) => {
      this.#positions.set(r.id, i);
      this.#link(r);
    });
  }

  get(id: string): Relation | undefined {
    const i = this.#positions.get(id);
    return i === undefined ? undefined : this.rows[i];
  }

  /** The relations from or to an annotation. */
  of(annotationId: string): Relation[] {
    const ids = this.#byAnnotation.get(annotationId);
    return ids ? [...ids].map((id) => this.get(id)!) : [];
  }

  /** Adds a relation, or replaces the one with its id. */
  put(relation: Relation): void {
    const i = this.#positions.get(relation.id);
    if (i === undefined) {
      this.#positions.set(relation.id, this.rows.length);
      this.rows.push(relation);
    } else {
      this.#unlink(this.rows[i]!);
      this.rows[i] = relation;
    }
    this.#link(relation);
  }

  remove(id: string): void {
    const i = this.#positions.get(id);
    if (i === undefined) return;
    this.#unlink(this.rows[i]!);
    this.#positions.delete(id);
    const last = this.rows.pop()!;
    // Fill the hole with the last row: order in the file carries no meaning.
    if (last.id !== id) {
      this.rows[i] = last;
      this.#positions.set(last.id, i);
    }
  }

  #link(r: Relation): void {
    for (const end of [r.from, r.to]) {
      let ids = this.#byAnnotation.get(end);
      if (!ids) this.#byAnnotation.set(end, (ids = new Set()));
      ids.add(r.id);
    }
  }

  #unlink(r: Relation): void {
    for (const end of [r.from, r.to]) {
      const ids = this.#byAnnotation.get(end);
      ids?.delete(r.id);
      if (ids?.size === 0) this.#byAnnotation.delete(end);
    }
  }
}
