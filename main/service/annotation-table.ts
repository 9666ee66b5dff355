import { AnnotationIdIndex, type Annotation } from '../../shared/model';
import { countQuote, type QuoteLabelCounts } from '../../shared/suggest/project-memory';

/**
 * The project's annotation array (its saved form) with indexes by id and by document, so a put
 * or remove is O(1) even with a million annotations. All changes go through here.
 *
 * Opening a big project is on the user's critical path, so the constructor reuses the id index
 * the store built while validating and makes only the per-document label counts the document
 * list needs; the per-document index is built in one pass the first time a document is asked for.
 */
export class AnnotationTable {
  #ids: AnnotationIdIndex;
  #counts = new Map<string, Map<string, number>>();
  #byDocument: Map<string, Map<string, Annotation>> | null = null;
  #quotes: QuoteLabelCounts | null = null;

  constructor(
    private readonly rows: Annotation[],
    ids: AnnotationIdIndex | null = null,
  ) {
    this.#ids = ids ?? new AnnotationIdIndex(rows);
    for (const a of rows) this.#count(a, 1);
  }

  get(id: string): Annotation | undefined {
    const i = this.#ids.positionOf(id);
    return i === undefined ? undefined : this.rows[i];
  }

  forDocument(documentId: string): Annotation[] {
    return [...(this.#documents().get(documentId)?.values() ?? [])];
  }

  /** How many annotations one document has. */
  countIn(documentId: string): number {
    let n = 0;
    for (const count of this.#counts.get(documentId)?.values() ?? []) n += count;
    return n;
  }

  /** Annotation counts per label for one document. */
  labelCounts(documentId: string): Record<string, number> {
    return Object.fromEntries(this.#counts.get(documentId) ?? []);
  }

  /**
   * How often each labelled string carries each label (the suggestions' memory): counted in one
   * pass the first time it is asked for, then kept up to date by every put and remove.
   */
  quoteLabelCounts(): ReadonlyMap<string, ReadonlyMap<string, number>> {
    if (!this.#quotes) {
      this.#quotes = new Map();
      for (const a of this.rows) countQuote(this.#quotes, a, 1);
    }
    return this.#quotes;
  }

  /** Adds an annotation, or replaces the one with its id. */
  put(a: Annotation): void {
    const i = this.#ids.positionOf(a.id);
    if (i === undefined) {
      this.rows.push(a);
      this.#ids.add(a.id, this.rows.length - 1);
    } else {
      const old = this.rows[i]!;
      this.#count(old, -1);
      if (this.#quotes) countQuote(this.#quotes, old, -1);
      this.#byDocument?.get(old.documentId)?.delete(a.id);
      this.rows[i] = a;
    }
    this.#count(a, 1);
    if (this.#quotes) countQuote(this.#quotes, a, 1);
    if (this.#byDocument) documentMap(this.#byDocument, a.documentId).set(a.id, a);
  }

  remove(id: string): void {
    const i = this.#ids.positionOf(id);
    if (i === undefined) return;
    const removed = this.rows[i]!;
    // The index reads ids from the rows, so it changes first, while the rows are still in place.
    this.#ids.remove(id);
    const lastPosition = this.rows.length - 1;
    if (i !== lastPosition) {
      // Fill the hole with the last row: order in the file carries no meaning.
      const last = this.rows[lastPosition]!;
      this.#ids.moveTo(last.id, i);
      this.rows[i] = last;
    }
    this.rows.pop();
    this.#count(removed, -1);
    if (this.#quotes) countQuote(this.#quotes, removed, -1);
    this.#byDocument?.get(removed.documentId)?.delete(id);
  }

  #documents(): Map<string, Map<string, Annotation>> {
    if (!this.#byDocument) {
      this.#byDocument = new Map();
      for (const a of this.rows) documentMap(this.#byDocument, a.documentId).set(a.id, a);
    }
    return this.#byDocument;
  }

  #count(a: Annotation, delta: number): void {
    let labels = this.#counts.get(a.documentId);
    if (!labels) this.#counts.set(a.documentId, (labels = new Map()));
    const n = (labels.get(a.label) ?? 0) + delta;
    if (n === 0) labels.delete(a.label);
    else labels.set(a.label, n);
  }
}

function documentMap(index: Map<string, Map<string, Annotation>>, documentId: string): Map<string, Annotation> {
  let map = index.get(documentId);
  if (!map) index.set(documentId, (map = new Map()));
  return map;
}
