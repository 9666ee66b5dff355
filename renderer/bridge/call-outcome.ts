import type { CallError, Result } from '../../shared/ipc/result';

/**
 * What a call, and every command built on calls, resolves to: done with a value; failed with
 * main's error (its message is for the user, said once); or cancelled, when the user dismissed a
 * question main asked (a file dialog), which needs no message. Nothing is thrown, and neither
 * `null` nor `undefined` stands for a failure or a cancellation.
 */
export type Outcome<T> =
  { status: 'done'; value: T } | { status: 'failed'; error: CallError } | { status: 'cancelled' };

/** An outcome that is not done: passed on unchanged, whatever the value type of the caller. */
export type Unfinished = Exclude<Outcome<never>, { status: 'done' }>;

export function done(): Outcome<void>;
export function done<T>(value: T): Outcome<T>;
export function done<T>(value?: T): Outcome<T | undefined> {
  return { status: 'done', value };
}

export const cancelled: Unfinished = { status: 'cancelled' };

/** What to tell the user about an outcome: main's message if it failed, else nothing. */
export function failureMessage(outcome: Outcome<unknown>): string | null {
  return outcome.status === 'failed' ? outcome.error.message : null;
}

/** main's Result as an outcome. */
export function outcomeOf<T>(result: Result<T>): Outcome<T> {
  return result.ok ? done(result.value) : { status: 'failed', error: result.error };
}

/** Runs `next` on a done outcome's value; a failed or cancelled outcome goes on as it is. */
export async function andThen<T, U>(
  outcome: Outcome<T>,
  next: (value: T) => Outcome<U> | Promise<Outcome<U>>,
): Promise<Outcome<U>> {
  return outcome.status === 'done' ? next(outcome.value) : outcome;
}
