import { basename, extname, join, resolve } from 'node:path';
import { build } from 'vite';

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript entry (dependencies inlined) so a child `node` process runs our real
 * modules under plain Node, as tests that kill or race processes need. Returns the script's path.
 */
export async function bundleForChildProcess(entry: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    ssr: { noExternal: true },
    build: {
      ssr: resolve(repoRoot, entry),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
    },
  });
  return join(outDir, `${basename(entry, extname(entry))}.mjs`);
}
