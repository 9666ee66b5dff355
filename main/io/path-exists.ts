import { access, stat } from 'node:fs/promises';

/** Whether something (file, folder or link target) exists at `path`. */
export function pathExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** What is at `path`, following links: a folder, anything else (a file), or nothing. */
export async function pathKind(path: string): Promise<'file' | 'folder' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
}
