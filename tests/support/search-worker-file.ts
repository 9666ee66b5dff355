import { join } from 'node:path';
import { bundleForChildProcess } from './bundle-for-child-process';

/**
 * The search worker bundled as the app's build bundles it (a worker thread runs plain JavaScript,
 * not the TypeScript vitest loads): call in beforeAll, with a folder removed afterwards.
 */
export function bundleSearchWorker(dir: string): Promise<string> {
  return bundleForChildProcess('main/search/search-worker.ts', join(dir, 'search-worker'));
}
