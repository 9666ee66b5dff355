import type { CallName, CallOutput, ParsedCallInput } from '../../shared/ipc/contract';
import type { WindowId } from '../../shared/ipc/views';
import type { ProjectService } from '../service/project-service';

type EntityCall =
  | 'listEntities'
  | 'getEntityMentions'
  | 'createEntity'
  | 'updateEntity'
  | 'linkMention'
  | 'mergeEntities'
  | 'splitEntity'
  | 'deleteEntity';

/** Their handlers, typed from the contract as call-handlers.ts types the table (importing it would be a cycle). */
type EntityHandlers = {
  [K in EntityCall & CallName]: (input: ParsedCallInput<K>, origin: WindowId | null) => CallOutput<K>;
};

/** The canonical entities' calls (main/service/entity-edits.ts), part of the handler table. */
export function entityHandlers(service: ProjectService): EntityHandlers {
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
