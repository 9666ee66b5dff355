import type { CallInput, CallName, CallOutput, EventName, EventPayload } from '../../shared/ipc/contract';
import type { TagwrightBridge } from '../../shared/ipc/bridge';
import type { CallError, Result } from '../../shared/ipc/result';
import { createHttpBridge } from './http-bridge';

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

let httpBridge: TagwrightBridge | null = null;

function bridge(): TagwrightBridge {
  // Electron's preload and the test harness set window.tagwright; a plain tab is browser mode.
  return window.tagwright ?? (httpBridge ??= createHttpBridge());
}

/** Calls main through the contract; the only module that touches `window.tagwright`. */
export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const fn = bridge()[name] as (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
  const result = await fn(input);
  if (!result.ok) throw new CallFailed(result.error);
  return result.value;
}

/** Subscribes to one of main's events. */
export function subscribe<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void {
  return bridge().on(event, listener);
}
