import type { CallError } from '../../shared/ipc/result';
import type { ProjectService } from '../service/project-service';
import { projectPathFromArgv } from './command-line';

/**
 * Opens a project file the system handed Tagwright (on its command line, by a second start, by a
 * double click on macOS) as `tagwright serve P` does: a locked or damaged file is not an error
 * box but the session's openFailure, which the page shows with its recovery dialog (open
 * read-only, take over, restore a backup); that failure is returned, null when the project
 * opened. A file with nothing to offer (missing, and no backup of it) is thrown.
 */
export async function openLaunchProject(service: ProjectService, path: string): Promise<CallError | null> {
  return (await service.openProjectAtStart(path)) ? null : service.session().openFailure;
}

/** The same for the project named in a command line, if one is; null when none is named or it opened. */
export async function openProjectFromArgv(
  service: ProjectService,
  argv: readonly string[],
  cwd: string,
): Promise<CallError | null> {
  const path = projectPathFromArgv(argv, cwd);
  return path === null ? null : openLaunchProject(service, path);
}
