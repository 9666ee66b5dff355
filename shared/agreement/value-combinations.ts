/** One combination of values (one per coder, in a fixed coder order) and how many units had it. */
export interface ValueCombination {
  values: readonly string[];
  times: number;
}

/**
 * Units counted by their values: a document's tokens take few distinct combinations, so each
 * combination is measured once with its count instead of each token on its own. Values must not
 * hold U+0000 (token values are label ids, "+" and "(none)").
 */
export class ValueCombinations implements Iterable<ValueCombination> {
  readonly #found = new Map<string, ValueCombination>();

  count(values: readonly string[]): void {
    const key = values.join('\u0000');
    const found = this.#found.get(key);
    if (found) found.times++;
    else this.#found.set(key, { values, times: 1 });
  }

  [Symbol.iterator](): Iterator<ValueCombination> {
    return this.#found.values();
  }
}
