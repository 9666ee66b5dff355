import type { ProjectService } from '../service/project-service';
import type { CallHandlers } from './call-handlers';

type EntityCall =
  | 'listEntities'
  | 'getEntityMentions'
  | 'createEntity'
  | 'updateEntity'
  | 'linkMention'
  | 'mergeEntities'
  | 'splitEntity'
  | 'deleteEntity';

/** The canonical entities' calls (main/service/entity-edits.ts), part of the handler table. */
export function entityHandlers(service: ProjectService): Pick<CallHandlers, EntityCall> {
  return {
    listEntities: () => service.listEntities(),
    getEntityMentions: ({ entityId }) => service.getEntityMentions(entityId),
    createEntity: (input, origin) => service.createEntity(input, origin),
    updateEntity: (input, origin) => service.updateEntity(input, origin),
    linkMention: ({ annotationId, entityId }, origin) => service.linkMention(annotationId, entityId, origin),
    mergeEntities: (input, origin) => service.mergeEntities(input, origin),
    splitEntity: (input, origin) => service.splitEntity(input, origin),
    deleteEntity: ({ entityId }, origin) => service.deleteEntity(entityId, origin),
  };
}
