import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { repoRoot } from '../bundle-for-node.mjs';

export const benchPageDir = join(repoRoot, '.bench', 'document-view');

/** Builds the document-view bench/demo page (production mode) into `outDir` (.bench/document-view) and returns it. */
export async function buildBenchPage(outDir = benchPageDir) {
  await build({
    configFile: false,
    root: join(import.meta.dirname, 'page'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true, chunkSizeWarningLimit: 4096 },
  });
  return outDir;
}
