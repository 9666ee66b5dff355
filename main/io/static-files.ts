import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { isInside } from './path-inside';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Reads one file of the built renderer for a URL path. Only regular files inside `root` (after
 * resolving symbolic links) are served; folders are never listed. null means 404.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const wanted = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const realRoot = await realpath(root).catch(() => null);
  if (!realRoot) return null;
  const file = await realpath(join(realRoot, wanted)).catch(() => null);
  if (!file || !isInside(realRoot, file)) return null;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  return {
    body: await readFile(file),
    contentType: contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
  };
}
