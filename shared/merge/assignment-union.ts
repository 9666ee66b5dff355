import type { Assignment } from '../model';

const keyOf = (a: Pick<Assignment, 'documentId' | 'annotator'>): string => `${a.documentId}\u0000${a.annotator}`;

/** The later of two "done" times; absent (not done) is earlier than any. */
function laterDone(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Date.parse(b) > Date.parse(a) ? b : a;
}

/**
 * The project's assignments unioned with those of the files merged (their documents already
 * mapped to the project's): a document assigned to an annotator once, ours kept, with the latest
 * `doneAt` of all, so the lead sees who finished. An assignment met again changes nothing, so
 * merging a file twice brings nothing the second time.
 */
export class AssignmentUnion {
  readonly #all = new Map<string, Assignment>();
  readonly #brought = new Map<string, Assignment>();

  constructor(assignments: readonly Assignment[]) {
    for (const a of assignments) this.#all.set(keyOf(a), a);
  }

  /** Takes one of a file's assignments; says what it did: new, finished since, or nothing new. */
  take(theirs: Assignment): 'added' | 'finished' | 'alreadyThere' {
    const key = keyOf(theirs);
    const ours = this.#all.get(key);
    if (!ours) {
      this.#put(key, { ...theirs });
      return 'added';
    }
    const doneAt = laterDone(ours.doneAt, theirs.doneAt);
    if (doneAt === ours.doneAt) return 'alreadyThere';
    this.#put(key, { ...ours, doneAt: doneAt! });
    return 'finished';
  }

  /** The assignments the merge adds or changes (a later doneAt), each once. */
  brought(): Assignment[] {
    return [...this.#brought.values()];
  }

  #put(key: string, a: Assignment): void {
    this.#all.set(key, a);
    this.#brought.set(key, a);
  }
}
