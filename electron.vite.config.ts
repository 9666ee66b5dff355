import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build, three bundles: main (with the CLI and the search worker beside it), the sandboxed
// preload, the renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('main/index.ts'),
          cli: resolve('main/cli/tagwright.ts'),
          // A worker thread's script is a file of its own: main and the CLI start it by path.
          'search-worker': resolve('main/search/search-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require anything but electron: bundle all of it as one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
