import type { CallInput, CallName, CallOutput, EventName, EventPayload } from './contract';
import type { Result } from './result';

/** What `window.tagwright` is, in Electron (preload), in a browser tab (HTTP) and in tests. */
export type TagwrightBridge = {
  readonly [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
} & {
  /** Subscribes to one of main's events; returns the unsubscribe function. */
  readonly on: <K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void) => () => void;
};
