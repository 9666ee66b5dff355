/**
 * A saved array of rows (relations, events, equivalence groups) indexed by id and by what each
 * row points to: `linksOf` names a row's links as keys ("the annotation at either end", "its
 * trigger"). Finding a row, or every row linked to a key, never scans the array; a put or remove
 * is O(1) plus the row's links. The array is the project's own: changes go through here.
 */
export class LinkedRows<T extends { id: string }> {
  readonly #positions = new Map<string, number>();
  readonly #byLink = new Map<string, Set<string>>();

  constructor(
    private readonly rows: T[],
    private readonly linksOf: (row: T) => Iterable<string>,
  ) {
    rows.forEach((row, i) => {
      this.#positions.set(row.id, i);
      this.#link(row);
    });
  }

  get(id: string): T | undefined {
    const i = this.#positions.get(id);
    return i === undefined ? undefined : this.rows[i];
  }

  /** The rows linked to `key`, each once. */
  linkedTo(key: string): T[] {
    const ids = this.#byLink.get(key);
    return ids ? [...ids].map((id) => this.get(id)!) : [];
  }

  /** Adds a row, or replaces the one with its id. */
  put(row: T): void {
    const i = this.#positions.get(row.id);
    if (i === undefined) {
      this.#positions.set(row.id, this.rows.length);
      this.rows.push(row);
    } else {
      this.#unlink(this.rows[i]!);
      this.rows[i] = row;
    }
    this.#link(row);
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

  #link(row: T): void {
    for (const key of this.linksOf(row)) {
      let ids = this.#byLink.get(key);
      if (!ids) this.#byLink.set(key, (ids = new Set()));
      ids.add(row.id);
    }
  }

  #unlink(row: T): void {
    for (const key of this.linksOf(row)) {
      const ids = this.#byLink.get(key);
      ids?.delete(row.id);
      if (ids?.size === 0) this.#byLink.delete(key);
    }
  }
}
