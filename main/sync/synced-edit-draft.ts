import { isDeepStrictEqual } from 'node:util';
import type { Annotation, Equivalence, Relation, TagwrightEvent } from '../../shared/model';
import { emptyEdit, type ProjectEdit, type Transition } from '../service/edit-history';
import type { ProjectModel } from '../service/project-model';

type Kinds = {
  annotations: Annotation;
  relations: Relation;
  events: TagwrightEvent;
  equivalences: Equivalence;
};
type Kind = keyof Kinds;

/**
 * A ProjectEdit being built from a batch of synced documents, read through: what a thing is now is
 * what the edit leaves of it, else the model's. A thing is in the edit once (its first `before`,
 * its last `after`), however many steps of the batch touch it.
 */
export class SyncedEditDraft {
  readonly edit: ProjectEdit = { ...emptyEdit(''), documentId: null };
  readonly #steps: { [K in Kind]: Map<string, Transition<Kinds[K]>> } = {
    annotations: new Map(),
    relations: new Map(),
    events: new Map(),
    equivalences: new Map(),
  };

  constructor(private readonly model: ProjectModel) {}

  /** Takes in the steps already in the edit (a removal's cascade, added by removal-cascade.ts). */
  indexSteps(): void {
    for (const kind of Object.keys(this.#steps) as Kind[]) {
      const steps = this.#steps[kind] as Map<string, Transition<Kinds[Kind]>>;
      for (const t of this.edit[kind] as Transition<Kinds[Kind]>[]) steps.set((t.after ?? t.before)!.id, t);
    }
  }

  current<K extends Kind>(kind: K, id: string): Kinds[K] | undefined {
    const step = this.#steps[kind].get(id);
    if (step) return step.after ?? undefined;
    return this.#saved(kind, id);
  }

  /** Sets what the thing becomes (null: removed), once per thing. */
  put<K extends Kind>(kind: K, id: string, after: Kinds[K] | null): void {
    const step = this.#steps[kind].get(id);
    if (step) {
      step.after = after;
      return;
    }
    const before = this.#saved(kind, id) ?? null;
    if (before === null && after === null) return;
    const t: Transition<Kinds[K]> = { before, after };
    this.#steps[kind].set(id, t);
    (this.edit[kind] as Transition<Kinds[K]>[]).push(t);
  }

  /** Puts `after` unless the thing is already exactly that (a batch applied twice changes nothing); says whether it did. */
  putChanged<K extends Kind>(kind: K, after: Kinds[K]): boolean {
    const current = this.current(kind, after.id);
    if (current !== undefined && isDeepStrictEqual(asJson(current), asJson(after))) return false;
    this.put(kind, after.id, after);
    return true;
  }

  get isEmpty(): boolean {
    const e = this.edit;
    return [e.annotations, e.relations, e.events, e.equivalences, e.annotators].every((l) => l.length === 0);
  }

  #saved<K extends Kind>(kind: K, id: string): Kinds[K] | undefined {
    const found = {
      annotations: () => this.model.annotations.get(id),
      relations: () => this.model.findRelation(id),
      events: () => this.model.findEvent(id),
      equivalences: () => this.model.findEquivalence(id),
    }[kind]();
    return found as Kinds[K] | undefined;
  }
}

/** As the server keeps it: absent and undefined fields alike, key order aside. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
