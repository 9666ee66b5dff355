import { constants } from 'node:fs';
import { lstat, open, readdir, rm, unlink, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { fitFileName } from './fit-file-name';

/** Bytes a temp name adds to the file's own: `.` before, `.<16 hex>.partial` after. */
const TEMP_NAME_BYTES = 1 + 1 + 16 + '.partial'.length;

/** The part of a temp name that comes from the file's own name (shortened when that is long). */
const tempStemOf = (path: string) => fitFileName(basename(path), TEMP_NAME_BYTES);

/**
 * Where a file's next content is written before it is renamed into place: hidden, in the same
 * folder (so on the same volume, where rename is atomic), and named with 64 random bits so that
 * nobody who can write to the folder (a shared or synced one) can plant a link there in advance.
 */
export function tempPathBeside(path: string, ending: 'tmp' | 'partial' = 'tmp'): string {
  return join(dirname(path), `.${tempStemOf(path)}.${randomBytes(8).toString('hex')}.${ending}`);
}

/**
 * Creates `path` for writing, failing with EEXIST when anything is there already. O_CREAT|O_EXCL
 * never follows a symbolic link, not even a dangling one (POSIX; Windows' CREATE_NEW likewise);
 * O_NOFOLLOW (absent on Windows) says the same twice.
 */
export function createNewFile(path: string): Promise<FileHandle> {
  return open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0));
}

/**
 * Runs `work`, which creates `temp` exclusively and fills it; when it fails, removes the temp file
 * (a partial copy would hold space on a full disk), unless the name was taken (EEXIST: what is
 * there is not ours).
 */
export async function removingTempOnFailure<T>(temp: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Removes the temp files a killed save left beside `path` (`.NAME.<random>.tmp`, and `.NAME.tmp`
 * from versions before the random names): each can be as big as the project. Only regular files
 * are removed; anything else there is not ours.
 */
export async function removeLeftoverTempFiles(path: string): Promise<void> {
  const folder = dirname(path);
  const prefix = `.${tempStemOf(path)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^(?:[0-9a-f]{16}\.)?tmp$/.test(name.slice(prefix.length))) continue;
    const leftover = join(folder, name);
    const info = await lstat(leftover).catch(() => null);
    if (info?.isFile()) await unlink(leftover).catch(() => {});
  }
}
