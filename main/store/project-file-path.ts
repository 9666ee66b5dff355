import { extname } from 'node:path';

/** The project file a path names: `.tagwright` added when missing, as new projects and Save As write them. */
export function projectFilePath(path: string): string {
  return extname(path).toLowerCase() === '.tagwright' ? path : `${path}.tagwright`;
}
