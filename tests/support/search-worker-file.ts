import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { bundleForChildProcess } from './bundle-for-child-process';

/** The search worker bundled as the app's build bundles it (a worker thread runs JavaScript, not the TypeScript vitest loads). */
export function bundleSearchWorker(dir: string): Promise<string> {
  return bundleForChildProcess('main/search/search-worker.ts', join(dir, 'search-worker'));
}

/** Bundles the search worker once for this test file (removed after it); returns the way to its path. */
export function useBundledSearchWorker(): () => string {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tagwright-search-worker-'));
    file = await bundleSearchWorker(dir);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return () => file;
}
