import type { EventName, Events } from '../../preload/contract';

/** Where services announce changes; each shell forwards them to its UI. */
export interface EventSink {
  emit<E extends EventName>(event: E, payload: Events[E]): void;
}

/** Fans one event out to every listener; shells subscribe their transports to it. */
export class EventHub implements EventSink {
  private readonly listeners = new Set<(event: EventName, payload: unknown) => void>();

  emit<E extends EventName>(event: E, payload: Events[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  subscribe(listener: (event: EventName, payload: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
