import { basename } from 'node:path';
import { TagwrightError } from '../../shared/ipc/result';
import { MAX_FILE_NAME_BYTES, utf8Length } from '../../shared/text/utf8-bytes';

const REASONS: Record<string, (name: string) => string> = {
  ENAMETOOLONG: (name) =>
    `the name "${name}" is too long for the file system (${utf8Length(name)} bytes; at most ${MAX_FILE_NAME_BYTES} per name). Choose a shorter name.`,
  ENOSPC: () => 'the disk is full.',
  EACCES: () => 'Tagwright may not write there.',
  EPERM: () => 'Tagwright may not write there.',
  EROFS: () => 'the disk is read-only.',
};

/**
 * A file system failure (Node's errno error, which names its path) as the error a user reads,
 * instead of "Something went wrong"; null for anything else.
 */
export function fileSystemErrorOf(error: unknown): TagwrightError | null {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const reason = code ? REASONS[code] : undefined;
  if (!reason || typeof path !== 'string') return null;
  return new TagwrightError('io', `Cannot write ${path}: ${reason(basename(path))}`);
}
