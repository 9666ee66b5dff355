import type { CallInput, CallName, CallOutput, EventName, EventPayload } from './contract';
import type { Result } from './result';

/** What `window.tagwright` is, in Electron (preload), in a browser tab (HTTP) and in tests. */
export type TagwrightBridge = {
  readonly [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
} & {
  /** Subscribes to one of main's events; returns the unsubscribe function. */
  readonly on: <K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void) => () => void;
  /**
   * Browser mode only: subscribes to the event connection coming back after it dropped; the
   * events main sent meanwhile are lost. Electron's IPC never drops, so its bridge has none.
   */
  readonly onReconnect?: (listener: () => void) => () => void;
};
