import type { z } from 'zod';
import { calls, type CallName } from '../../shared/ipc/contract';
import { TagwrightError, callErrorOf, type Result } from '../../shared/ipc/result';
import type { WindowId } from '../../shared/ipc/views';
import type { CallHandlers } from './call-handlers';
import { fileSystemErrorOf } from '../io/file-system-error';

/**
 * The one entrance for a call from an untrusted page: the name must be in the contract and the
 * payload must parse with its schema before any handler runs. Errors come back as values.
 * `origin` is the calling window as its transport knows it (null: none, as a test or a tool).
 */
export async function dispatchCall(
  handlers: CallHandlers,
  name: unknown,
  payload: unknown,
  origin: WindowId | null = null,
): Promise<Result<unknown>> {
  if (typeof name !== 'string' || !Object.hasOwn(calls, name)) {
    return { ok: false, error: { code: 'unknown-call', message: `There is no call named ${JSON.stringify(name)}.` } };
  }
  const callName = name as CallName;
  const parsed = calls[callName].input.safeParse(payload ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Invalid input for ${callName}: ${describeIssues(parsed.error)}`,
        details: parsed.error.issues,
      },
    };
  }
  try {
    const handler = handlers[callName] as (input: unknown, origin: WindowId | null) => unknown;
    return { ok: true, value: await handler(parsed.data, origin) };
  } catch (thrown) {
    const error = fileSystemErrorOf(thrown) ?? thrown;
    if (error instanceof TagwrightError) return { ok: false, error: callErrorOf(error) };
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Something went wrong in ${callName}: ${(error as Error)?.message ?? String(error)}`,
      },
    };
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`)
    .join('; ');
}
