import { call } from '../bridge/tagwright-client';
import type { Outcome } from '../bridge/call-outcome';
import type { Annotation } from '../../shared/model';
import type { EntityMention } from '../../shared/ipc/entity-views';
import { applyEdit } from './annotation-commands';
import { jumpToHit } from './search-commands';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

const store = () => useWorkbench.getState();

/** Reads the entities and their counts again (after a change, or when the project opens). */
export async function refreshEntities(): Promise<void> {
  const listed = await call('listEntities', {});
  if (listed.status === 'done') store().setEntityOverviews(listed.value);
}

/** Links a mention to an entity of its label; null unlinks it. */
export const linkMention = (annotationId: string, entityId: string | null) =>
  applyEdit(() => call('linkMention', { annotationId, entityId }));

/** A new entity named `name`, of the annotation's label, with the annotation as its first mention. */
export const createEntityFor = (annotation: Annotation, name: string) =>
  applyEdit(() => call('createEntity', { name, label: annotation.label, mentions: [annotation.id] }));

export const renameEntity = (entityId: string, name: string) =>
  applyEdit(() => call('updateEntity', { entityId, name }));

export const mergeEntities = (into: string, from: string[]) => applyEdit(() => call('mergeEntities', { into, from }));

export const splitEntity = (entityId: string, annotationIds: string[], name: string) =>
  applyEdit(() => call('splitEntity', { entityId, annotationIds, name }));

export const deleteEntity = (entityId: string) => applyEdit(() => call('deleteEntity', { entityId }));

export async function entityMentions(entityId: string): Promise<Outcome<EntityMention[]>> {
  return reportFailure(await call('getEntityMentions', { entityId }));
}

/** Opens the mention's document and shows it there, selected. */
export async function jumpToMention(mention: EntityMention): Promise<void> {
  const jumped = await jumpToHit(mention);
  if (jumped.status === 'done') store().selectAnnotation(mention.annotationId);
}
