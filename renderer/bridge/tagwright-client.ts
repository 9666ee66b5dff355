import type { CallInput, CallName, CallOutput, EventName, EventPayload } from '../../shared/ipc/contract';
import type { TagwrightBridge } from '../../shared/ipc/bridge';
import type { Result } from '../../shared/ipc/result';
import { andThen, cancelled, done, outcomeOf, type Outcome } from './call-outcome';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    tagwright?: TagwrightBridge;
  }
}

let httpBridge: TagwrightBridge | null = null;

function bridge(): TagwrightBridge {
  // Electron's preload and the test harness set window.tagwright; a plain tab is browser mode.
  return window.tagwright ?? (httpBridge ??= createHttpBridge());
}

/**
 * Calls main through the contract; the only module that touches `window.tagwright`. Never throws:
 * a bridge that fails to deliver the call fails like main would, with an error naming the call.
 */
export async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<Outcome<CallOutput<K>>> {
  const fn = bridge()[name] as (input: CallInput<K>) => Promise<Result<CallOutput<K>>>;
  try {
    return outcomeOf(await fn(input));
  } catch (error) {
    return {
      status: 'failed',
      error: { code: 'internal', message: `The call ${name} did not reach Tagwright: ${String(error)}` },
    };
  }
}

/** The calls whose answer may be null; for a question the user was asked (a file dialog), null means they cancelled it. */
type QuestionCall = { [K in CallName]: null extends CallOutput<K> ? K : never }[CallName];

/** Calls main with a question for the user: their cancelling it is the outcome `cancelled`. */
export async function ask<K extends QuestionCall>(
  name: K,
  input: CallInput<K>,
): Promise<Outcome<NonNullable<CallOutput<K>>>> {
  return andThen(await call(name, input), (answer) => (answer === null ? cancelled : done(answer)));
}

/** Subscribes to one of main's events. */
export function subscribe<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void {
  return bridge().on(event, listener);
}

/**
 * Subscribes to the event connection coming back after it dropped (browser mode's socket); the
 * events main sent meanwhile are lost. Electron's bridge never drops, so nothing is called there.
 */
export function onReconnect(listener: () => void): () => void {
  return bridge().onReconnect?.(listener) ?? (() => {});
}
