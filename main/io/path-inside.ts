import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is `folder` itself or lies below it (both absolute and normalised). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
