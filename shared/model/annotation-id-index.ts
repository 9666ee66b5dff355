/**
 * Where each annotation id stands in a live array of rows: an open-addressing hash table of row
 * positions (linear probing, backward-shift deletion) in two typed arrays. Building it for a
 * million ids takes about a third of the time of a `Map` (which re-hashes as it grows and
 * allocates an entry per id), and opening a big project is on the user's critical path. The
 * table keeps only positions; ids are read from the rows, so the caller moves a row in the array
 * and the index together (see AnnotationTable).
 */
export class AnnotationIdIndex {
  /** Positions of rows whose id was already taken by an earlier row, in order. */
  readonly duplicates: number[] = [];
  #slots: Int32Array;
  #hashes: Int32Array;
  #mask: number;
  #size = 0;

  /** Indexes `rows` as they are now; later changes go through add, moveTo and remove. */
  constructor(private readonly rows: readonly { id: string }[]) {
    const capacity = capacityFor(rows.length);
    this.#slots = new Int32Array(capacity).fill(-1);
    this.#hashes = new Int32Array(capacity);
    this.#mask = capacity - 1;
    for (let i = 0; i < rows.length; i++) {
      if (!this.#insert(rows[i]!.id, i)) this.duplicates.push(i);
    }
  }

  /** How many distinct ids are indexed. */
  get size(): number {
    return this.#size;
  }

  /** The position of the row with this id, or undefined. */
  positionOf(id: string): number | undefined {
    const slot = this.#find(id, hashId(id));
    return slot < 0 ? undefined : this.#slots[slot];
  }

  has(id: string): boolean {
    return this.#find(id, hashId(id)) >= 0;
  }

  /** Records that the row at `position` (already in the array) has `id`; false if the id was taken. */
  add(id: string, position: number): boolean {
    if ((this.#size + 1) * 2 > this.#slots.length) this.#grow();
    return this.#insert(id, position);
  }

  /** Records that the row with `id` now stands at `position`. Call before the array changes under it. */
  moveTo(id: string, position: number): void {
    const slot = this.#find(id, hashId(id));
    if (slot >= 0) this.#slots[slot] = position;
  }

  /** Forgets `id`. Call while its row is still at its old position. */
  remove(id: string): void {
    let hole = this.#find(id, hashId(id));
    if (hole < 0) return;
    this.#slots[hole] = -1;
    this.#size--;
    // Backward shift: pull later entries of the probe run into the hole, so lookups never stop early.
    for (let next = (hole + 1) & this.#mask; this.#slots[next] !== -1; next = (next + 1) & this.#mask) {
      const home = this.#hashes[next]! & this.#mask;
      const distanceToNext = (next - home) & this.#mask;
      const distanceToHole = (hole - home) & this.#mask;
      if (distanceToHole <= distanceToNext) {
        this.#slots[hole] = this.#slots[next]!;
        this.#hashes[hole] = this.#hashes[next]!;
        this.#slots[next] = -1;
        hole = next;
      }
    }
  }

  #find(id: string, hash: number): number {
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const position = this.#slots[slot]!;
      if (position === -1) return -1;
      if (this.#hashes[slot] === hash && this.rows[position]?.id === id) return slot;
    }
  }

  #insert(id: string, position: number): boolean {
    const hash = hashId(id);
    let slot = hash & this.#mask;
    for (; this.#slots[slot] !== -1; slot = (slot + 1) & this.#mask) {
      if (this.#hashes[slot] === hash && this.rows[this.#slots[slot]!]?.id === id) return false;
    }
    this.#slots[slot] = position;
    this.#hashes[slot] = hash;
    this.#size++;
    return true;
  }

  #grow(): void {
    const slots = this.#slots;
    const hashes = this.#hashes;
    const capacity = slots.length * 2;
    this.#slots = new Int32Array(capacity).fill(-1);
    this.#hashes = new Int32Array(capacity);
    this.#mask = capacity - 1;
    for (let old = 0; old < slots.length; old++) {
      if (slots[old] === -1) continue;
      let slot = hashes[old]! & this.#mask;
      while (this.#slots[slot] !== -1) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = slots[old]!;
      this.#hashes[slot] = hashes[old]!;
    }
  }
}

/** A power of two at least twice `count`: the table stays at most half full. */
function capacityFor(count: number): number {
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  return capacity;
}

/** FNV-1a over the UTF-16 code units, mixed at the end so that low bits spread well. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x45d9f3b);
  return hash ^ (hash >>> 16);
}
