import type { Entity } from '../../model';

/**
 * brat has no entities: a mention's link is an N line whose resource is ours, `Tagwright`, its
 * entry the entity's id and its text the entity's name (`N3\tReference T2 Tagwright:e1\tAykhan
 * Hajizada`). Import turns such lines back into links; any other resource stays a normalization.
 */
export const BRAT_ENTITY_RESOURCE = 'Tagwright';

/** The entity names an export writes, by id (an entity of a label left out is not written). */
export type EntityNames = ReadonlyMap<string, string>;

export function entityNames(entities: readonly Entity[] = []): EntityNames {
  return new Map(entities.map((e) => [e.id, e.name]));
}

/** The N line linking the mention at T line `ref` to its entity; null when it has none. */
export function entityLine(entity: string | undefined, ref: string, id: string, names: EntityNames): string | null {
  if (entity === undefined) return null;
  return `${id}\tReference ${ref} ${BRAT_ENTITY_RESOURCE}:${entity}\t${(names.get(entity) ?? entity).replace(/\s/g, ' ')}`;
}
