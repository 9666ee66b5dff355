/** Why a call failed, in a form the renderer can branch on. */
export type ErrorCode =
  | 'invalid-input'
  | 'unknown-call'
  | 'no-project'
  | 'not-found'
  | 'project-file'
  | 'import'
  | 'io'
  | 'conflict'
  | 'forbidden'
  /** Work that ran past its time limit and was stopped (a search pattern that backtracks without end). */
  | 'timeout'
  | 'internal';

export interface CallError {
  code: ErrorCode;
  /** A sentence a user can read: names the file or field and what is wrong. */
  message: string;
  details?: unknown;
}

/** What every call returns across the main/renderer boundary: errors are values, not throws. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

/** An error that carries its code from the service to the IPC boundary. */
export class TagwrightError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'TagwrightError';
  }
}

/** The value a TagwrightError crosses the boundary as. */
export function callErrorOf(error: TagwrightError): CallError {
  return {
    code: error.code,
    message: error.message,
    ...(error.details === undefined ? {} : { details: error.details }),
  };
}
