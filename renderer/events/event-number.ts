import type { TagwrightEvent } from '../../shared/model';

/**
 * An event's number among the events on its trigger, oldest first (several may share one). By
 * creation time, not list order: an undone deletion puts an event back at the end of the list.
 */
export function eventNumber(event: TagwrightEvent, events: readonly TagwrightEvent[]): number {
  const older = (e: TagwrightEvent) =>
    e.createdAt < event.createdAt || (e.createdAt === event.createdAt && e.id < event.id);
  return events.filter((e) => e.trigger === event.trigger && older(e)).length + 1;
}
