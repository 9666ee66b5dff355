import type { Annotation, Entity } from '../../shared/model';
import { LinkedRows } from './linked-rows';

/**
 * The project's canonical entities (their saved array) by id and by label, and each entity's
 * mentions (the annotations linked to it). The mentions are gathered from the annotations the
 * first time they are asked for, so opening a project pays nothing; then every annotation put or
 * removed keeps them current (`noteAnnotation`). All changes go through here.
 */
export class EntityIndex {
  readonly #rows: LinkedRows<Entity>;
  #mentions: Map<string, Set<string>> | null = null;

  constructor(
    rows: Entity[],
    private readonly annotations: () => Iterable<Annotation>,
  ) {
    this.#rows = new LinkedRows(rows, (e) => [`label:${e.label}`]);
  }

  get(id: string): Entity | undefined {
    return this.#rows.get(id);
  }

  withLabel(label: string): Entity[] {
    return this.#rows.linkedTo(`label:${label}`);
  }

  /** The ids of the annotations linked to an entity. */
  mentionsOf(entityId: string): string[] {
    return [...(this.#mentionMap().get(entityId) ?? [])];
  }

  /** Adds an entity, or replaces the one with its id. */
  put(entity: Entity): void {
    this.#rows.put(entity);
  }

  remove(id: string): void {
    this.#rows.remove(id);
  }

  /** Keeps the mentions current when an annotation comes, goes or changes its link. */
  noteAnnotation(before: Annotation | null, after: Annotation | null): void {
    if (!this.#mentions || before?.entity === after?.entity) return;
    if (before?.entity) this.#mentions.get(before.entity)?.delete(before.id);
    if (after?.entity) mentionSet(this.#mentions, after.entity).add(after.id);
  }

  #mentionMap(): Map<string, Set<string>> {
    if (!this.#mentions) {
      this.#mentions = new Map();
      for (const a of this.annotations()) if (a.entity) mentionSet(this.#mentions, a.entity).add(a.id);
    }
    return this.#mentions;
  }
}

function mentionSet(index: Map<string, Set<string>>, entityId: string): Set<string> {
  let ids = index.get(entityId);
  if (!ids) index.set(entityId, (ids = new Set()));
  return ids;
}
