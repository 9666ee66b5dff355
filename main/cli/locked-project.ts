import type { CallError } from '../../shared/ipc/result';
import type { ProjectService } from '../service/project-service';
import { ProjectLockedError, describeTakeOver } from '../store/project-lock';
import { CliError, type CliContext } from './cli-context';

const TAKE_OVER_ADVICE =
  'If no one is using it, run again with --take-over (changes not saved there yet will then not be saved).';

/** Says on stderr when opening took a lock over: one a crashed Tagwright left, or on --take-over. */
export function reportTakeOver(service: ProjectService, ctx: CliContext): void {
  const takenOver = service.takenOverLock;
  if (takenOver && service.projectPath) ctx.stderr(`${describeTakeOver(service.projectPath, takenOver)}\n`);
}

/**
 * A failed open, for the terminal: a lock that may be taken over names --take-over, for a command
 * that has it; one without it (`new`) says only what is in the way, not the app's choices.
 */
export function cliErrorOf(error: unknown, hasTakeOver = true): CliError {
  if (error instanceof ProjectLockedError && !hasTakeOver) return new CliError(error.situation);
  if (error instanceof ProjectLockedError && error.canTakeOver) {
    return new CliError(`${error.situation} ${TAKE_OVER_ADVICE}`);
  }
  return new CliError((error as Error)?.message ?? String(error));
}

/** Why `serve` started without its project, and that the page offers the way on. */
export function describeStartFailure(failure: CallError): string {
  const details = failure.details as { canTakeOver?: boolean } | undefined;
  const fromHere = details?.canTakeOver ? ' (or stop, and run again with --take-over)' : '';
  return `${failure.message}\nThe page offers what can be done${fromHere}.`;
}
