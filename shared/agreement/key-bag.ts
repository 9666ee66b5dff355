/** Keys counted with repeats, each one taken once: matches items 1:1 by an identical key. */
export class KeyBag {
  readonly #counts = new Map<string, number>();

  add(key: string): void {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }

  /** Takes one `key` out; false when none is left. */
  take(key: string): boolean {
    const left = this.#counts.get(key) ?? 0;
    if (left === 0) return false;
    this.#counts.set(key, left - 1);
    return true;
  }
}
