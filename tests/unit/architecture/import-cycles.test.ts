import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, sourceFilesUnder } from '../../support/import-graph';
import { useTempDirs } from '../../support/temp-dir';

const root = resolve(import.meta.dirname, '../../..');
const tempDir = useTempDirs();

describe('import cycles (docs/architecture.md: the rules the tools enforce)', () => {
  it('main/, shared/ and renderer/ have none, type-only imports included', () => {
    const files = sourceFilesUnder(root, ['main', 'shared', 'renderer']);
    expect(files.length).toBeGreaterThan(100);
    expect(importCycles(importGraph(files), root)).toEqual([]);
  });

  it('the check finds a planted cycle, also when one side imports only a type', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'src', 'view'), { recursive: true });
    await writeFile(join(dir, 'src', 'store.ts'), "import type { Span } from './view/span';\nexport const s = 1;\n");
    await writeFile(
      join(dir, 'src', 'view', 'span.ts'),
      "import { s } from '../store';\nexport interface Span { at: typeof s }\n",
    );
    await writeFile(join(dir, 'src', 'alone.ts'), "import { s } from './store';\nexport const t = s;\n");
    const files = sourceFilesUnder(dir, ['src']);
    expect(importCycles(importGraph(files), dir)).toEqual([['src/store.ts', 'src/view/span.ts']]);
  });
});
