import type { CallInput, CallName, CallOutput, EventName, EventPayload } from '../../shared/ipc/contract';
import type { TagwrightBridge } from '../../shared/ipc/bridge';
import type { CallError } from '../../shared/ipc/result';

declare global {
  interface Window {
    tagwright?: TagwrightBridge;
  }
}

/** A failed call, thrown so components can use try/catch; carries main's readable message. */
export class CallFailed extends Error {
  constructor(readonly error: CallError) {
    super(error.message);
  }
}

function bridge(): TagwrightBridge {
  const b = window.tagwright;
  if (!b) throw new Error('Tagwright cannot reach its main process (window.tagwright is missing).');
  return b;
}

/** Calls main through the contract; the only module that touches `window.tagwright`. */
export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const fn = bridge()[name] as (
    input: CallInput<K>,
  ) => Promise<import('../../shared/ipc/result').Result<CallOutput<K>>>;
  const result = await fn(input);
  if (!result.ok) throw new CallFailed(result.error);
  return result.value;
}

/** Subscribes to one of main's events. */
export function subscribe<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void {
  return bridge().on(event, listener);
}
