import { call } from '../bridge/tagwright-client';
import type { EventArgument } from '../../shared/model';
import { applyEdit } from './annotation-commands';

/** Marks an event of `type` on a trigger annotation (another event on the same trigger stays apart). */
export const createEvent = (type: string, trigger: string) => applyEdit(() => call('createEvent', { type, trigger }));

/** Replaces an event's arguments (a role added or taken away): one undo step. */
export const setEventArguments = (eventId: string, args: readonly EventArgument[]) =>
  applyEdit(() => call('updateEvent', { eventId, arguments: [...args] }));

export const deleteEvent = (eventId: string) => applyEdit(() => call('deleteEvent', { eventId }));
