import type { EventArgument, TagwrightEvent } from '../../shared/model';
import { LinkedRows } from './linked-rows';

/**
 * The project's events (their saved array) indexed by id and both ways: from the trigger
 * annotation to the events it says (several may share one), from an argument (annotation or
 * event) to the events it fills a role of, and by document. All changes go through here.
 */
export class EventIndex {
  readonly #rows: LinkedRows<TagwrightEvent>;

  constructor(rows: TagwrightEvent[]) {
    this.#rows = new LinkedRows(rows, (e) => [
      documentKey(e.documentId),
      triggerKey(e.trigger),
      ...e.arguments.map(argumentKey),
    ]);
  }

  get(id: string): TagwrightEvent | undefined {
    return this.#rows.get(id);
  }

  /** The events an annotation is the trigger of. */
  triggeredBy(annotationId: string): TagwrightEvent[] {
    return this.#rows.linkedTo(triggerKey(annotationId));
  }

  /** The events an annotation or event is an argument of (each once, whatever its roles). */
  withArgument(target: Pick<EventArgument, 'target' | 'targetKind'>): TagwrightEvent[] {
    return this.#rows.linkedTo(argumentKey(target));
  }

  /** The events of one document. */
  inDocument(documentId: string): TagwrightEvent[] {
    return this.#rows.linkedTo(documentKey(documentId));
  }

  /** Adds an event, or replaces the one with its id. */
  put(event: TagwrightEvent): void {
    this.#rows.put(event);
  }

  remove(id: string): void {
    this.#rows.remove(id);
  }
}

// Keys of one map: annotation and event ids are apart (an annotation and an event may share an id).
const documentKey = (id: string) => `document:${id}`;
const triggerKey = (id: string) => `trigger:${id}`;
const argumentKey = (a: Pick<EventArgument, 'target' | 'targetKind'>) => `${a.targetKind}:${a.target}`;
