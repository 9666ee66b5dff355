import { createHash } from 'node:crypto';
import { cutToUtf8Bytes, MAX_FILE_NAME_BYTES, utf8Length } from '../../shared/text/utf8-bytes';

/**
 * `name`, or a shorter form of it, that leaves `reservedBytes` free within one file name: what
 * Tagwright keeps beside a file adds to its name (`NAME.lock`, `NAME-backups`, `.NAME.<random>.tmp`).
 * A name that does not fit is cut on a character boundary and marked with a hash of the whole
 * name, so two long names that start alike never share a lock or a backups folder.
 */
export function fitFileName(name: string, reservedBytes: number): string {
  const room = MAX_FILE_NAME_BYTES - reservedBytes;
  if (utf8Length(name) <= room) return name;
  const mark = `~${createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 8)}`;
  return `${cutToUtf8Bytes(name, room - mark.length)}${mark}`;
}

/**
 * The file name for a new project called `name` (`.tagwright` added by the caller): cut so that
 * the project, its lock, its temp files and its backups folder all fit, with room for " 99".
 */
export function projectFileStem(name: string): string {
  return cutToUtf8Bytes(name, PROJECT_STEM_MAX_BYTES);
}

/** `.tagwright` (10), then the longest thing beside a project: `.NAME.<16 hex>.partial` (26), and " 99" (3). */
const PROJECT_STEM_MAX_BYTES = MAX_FILE_NAME_BYTES - 10 - 26 - 3;
