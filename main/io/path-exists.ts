import { access } from 'node:fs/promises';

/** Whether something (file, folder or link target) exists at `path`. */
export function pathExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
