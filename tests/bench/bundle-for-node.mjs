import { build } from 'vite';
import { basename, extname, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const benchOutDir = join(repoRoot, '.bench', 'dist');

/** Bundles a TypeScript bench entry for plain Node (dependencies stay external) and returns its path. */
export async function bundleForNode(entry) {
  const name = basename(entry, extname(entry));
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    build: {
      ssr: resolve(repoRoot, entry),
      outDir: join(benchOutDir, name),
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  return join(benchOutDir, name, `${name}.mjs`);
}
