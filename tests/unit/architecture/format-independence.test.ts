import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, sourceFilesUnder } from '../../support/import-graph';
import { useTempDirs } from '../../support/temp-dir';

const root = resolve(import.meta.dirname, '../../..');
const tempDir = useTempDirs();

/** A file's path under shared/formats, with forward slashes. */
function inFormats(formatsDir: string, file: string): string {
  return relative(formatsDir, file).split(sep).join('/');
}

/** The folder a formats file sits in (`brat`, `corpus`), or null for a file at the top (the registry). */
function folderOf(formatsDir: string, file: string): string | null {
  const parts = inFormats(formatsDir, file).split('/');
  return parts.length > 1 ? parts[0]! : null;
}

/**
 * Imports that tie one format to another: a file in shared/formats/X/ importing from shared/formats/Y/,
 * Y neither X nor the shared folder `corpus`. The top-level modules (registry, facts) may import any format.
 */
function crossFormatImports(formatsDir: string): string[] {
  const graph = importGraph(sourceFilesUnder(formatsDir, ['.']));
  const found: string[] = [];
  for (const [file, targets] of graph) {
    const from = folderOf(formatsDir, file);
    if (from === null) continue;
    for (const target of targets) {
      const to = folderOf(formatsDir, target);
      if (to !== null && to !== from && to !== 'corpus')
        found.push(`${inFormats(formatsDir, file)} → ${inFormats(formatsDir, target)}`);
    }
  }
  return found.sort();
}

describe('formats stay independent (docs/architecture.md: where a new format goes)', () => {
  it('no file under shared/formats/<format>/ imports another format: only its own folder and corpus/', () => {
    const formatsDir = join(root, 'shared', 'formats');
    expect(sourceFilesUnder(formatsDir, ['brat']).length).toBeGreaterThan(1);
    expect(crossFormatImports(formatsDir)).toEqual([]);
  });

  it('the check finds a format importing another, also for a type, and in the shared folder', async () => {
    const dir = await tempDir();
    for (const folder of ['brat', 'w3c', 'corpus']) await mkdir(join(dir, folder));
    await writeFile(join(dir, 'w3c', 'iri.ts'), 'export const iri = 1;\n');
    await writeFile(
      join(dir, 'corpus', 'parsed.ts'),
      "import type { iri } from '../w3c/iri';\nexport type P = typeof iri;\n",
    );
    await writeFile(
      join(dir, 'brat', 'import.ts'),
      "import type { P } from '../corpus/parsed';\nimport { iri } from '../w3c/iri';\nexport const b: P = iri;\n",
    );
    await writeFile(join(dir, 'registry.ts'), "import { b } from './brat/import';\nexport const r = b;\n");
    expect(crossFormatImports(dir)).toEqual(['brat/import.ts → w3c/iri.ts', 'corpus/parsed.ts → w3c/iri.ts']);
  });
});
