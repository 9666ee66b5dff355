import type { Annotation } from '../../shared/model';

/**
 * The project's annotation array (its saved form) with indexes by id and by document, so a put
 * or remove is O(1) even with a million annotations. All changes go through here.
 */
export class AnnotationTable {
  #position = new Map<string, number>();
  #byDocument = new Map<string, Map<string, Annotation>>();

  constructor(private readonly rows: Annotation[]) {
    rows.forEach((a, i) => {
      this.#position.set(a.id, i);
      this.#documentMap(a.documentId).set(a.id, a);
    });
  }

  get(id: string): Annotation | undefined {
    const i = this.#position.get(id);
    return i === undefined ? undefined : this.rows[i];
  }

  forDocument(documentId: string): Annotation[] {
    return [...(this.#byDocument.get(documentId)?.values() ?? [])];
  }

  /** Annotation counts per label for one document. */
  labelCounts(documentId: string): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const a of this.#byDocument.get(documentId)?.values() ?? []) counts[a.label] = (counts[a.label] ?? 0) + 1;
    return counts;
  }

  /** Adds an annotation, or replaces the one with its id. */
  put(a: Annotation): void {
    const i = this.#position.get(a.id);
    if (i === undefined) {
      this.#position.set(a.id, this.rows.length);
      this.rows.push(a);
    } else {
      const old = this.rows[i]!;
      if (old.documentId !== a.documentId) this.#byDocument.get(old.documentId)?.delete(a.id);
      this.rows[i] = a;
    }
    this.#documentMap(a.documentId).set(a.id, a);
  }

  remove(id: string): void {
    const i = this.#position.get(id);
    if (i === undefined) return;
    const removed = this.rows[i]!;
    const last = this.rows.pop()!;
    if (last.id !== id) {
      // Fill the hole with the last row: order in the file carries no meaning.
      this.rows[i] = last;
      this.#position.set(last.id, i);
    }
    this.#position.delete(id);
    this.#byDocument.get(removed.documentId)?.delete(id);
  }

  #documentMap(documentId: string): Map<string, Annotation> {
    let map = this.#byDocument.get(documentId);
    if (!map) this.#byDocument.set(documentId, (map = new Map()));
    return map;
  }
}
