import { eventNames, type EventName, type EventPayload } from '../../shared/ipc/contract';

type Listener<K extends EventName> = (payload: EventPayload<K>) => void;

/** Main's events, typed by the contract: every window and transport subscribes here. */
export class EventHub {
  #listeners = new Map<EventName, Set<Listener<never>>>();

  on<K extends EventName>(event: K, listener: Listener<K>): () => void {
    let set = this.#listeners.get(event);
    if (!set) this.#listeners.set(event, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  emit<K extends EventName>(event: K, payload: EventPayload<K>): void {
    for (const listener of this.#listeners.get(event) ?? []) (listener as Listener<K>)(payload);
  }

  /** Subscribes one function to every event, e.g. a transport that forwards them all. */
  onAny(listener: <K extends EventName>(event: K, payload: EventPayload<K>) => void): () => void {
    const offs = eventNames.map((event) => this.on(event, (payload) => listener(event, payload)));
    return () => offs.forEach((off) => off());
  }
}
