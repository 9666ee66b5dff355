import { call } from '../bridge/tagwright-client';
import { applyEdit } from './annotation-commands';

/** Links two annotations of the open document (a claim attributed to an actor). */
export const createRelation = (type: string, from: string, to: string) =>
  applyEdit(() => call('createRelation', { type, from, to }));

export const deleteRelation = (relationId: string) => applyEdit(() => call('deleteRelation', { relationId }));
