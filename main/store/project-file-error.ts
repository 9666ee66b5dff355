import { TagwrightError } from '../../shared/ipc/result';

/** A project file that cannot be opened as it is; the file on disk is left untouched. */
export class ProjectFileError extends TagwrightError {
  constructor(
    readonly filePath: string,
    readonly problem: string,
    details?: unknown,
  ) {
    super('project-file', `Cannot open ${filePath}: ${problem}`, details);
    this.name = 'ProjectFileError';
  }
}
