import { idSchema, type Entity, type Project } from '../../shared/model';
import type { ParsedEntityRef } from '../../shared/formats/corpus/parsed-corpus';

/**
 * The entities an import links its mentions to. A file's entity whose id is one of the project's
 * (of the same label) is that entity: a project's own export comes back linked to what it had.
 * Any other becomes a new entity, one per key and label, keeping the file's id when it is free.
 */
export class ImportEntities {
  readonly added: Entity[] = [];
  readonly #existing: Map<string, Entity>;
  readonly #planned = new Map<string, Entity>();
  readonly #usedIds: Set<string>;

  constructor(
    project: Project,
    private readonly newId: () => string,
  ) {
    this.#existing = new Map(project.entities.map((e) => [e.id, e]));
    this.#usedIds = new Set(this.#existing.keys());
  }

  /** The id of the entity a mention of `label` names. */
  idFor(ref: ParsedEntityRef, label: string): string {
    const existing = this.#existing.get(ref.key);
    if (existing?.label === label) return existing.id;
    const key = `${label}\u0000${ref.key}`;
    let entity = this.#planned.get(key);
    if (!entity) {
      const free = !this.#usedIds.has(ref.key) && idSchema.safeParse(ref.key).success;
      const name = ref.name.trim() || ref.key;
      const aliases = [...new Set((ref.aliases ?? []).filter((a) => a.trim() !== '' && a !== name))];
      entity = { id: free ? ref.key : this.newId(), name, label, aliases };
      this.#usedIds.add(entity.id);
      this.#planned.set(key, entity);
      this.added.push(entity);
    }
    return entity.id;
  }
}
