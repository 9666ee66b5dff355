import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportCancelled, writeExport } from '../../../../main/io/write-export';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

describe('streamed export writes', () => {
  it('writes a single-file export through a temporary file, and folder exports file by file', async () => {
    const dir = await tempDir();
    const one = await writeExport(
      [
        { file: '', text: 'a' },
        { file: '', text: 'é\n' },
      ],
      join(dir, 'out.txt'),
      'file',
    );
    expect(one).toEqual({ files: [join(dir, 'out.txt')], bytes: 4 });
    expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe('aé\n');
    const many = await writeExport(
      [
        { file: 'd1.txt', text: 'x' },
        { file: 'd1.ann', text: 'T1' },
        { file: 'conf/a.conf', text: '' },
      ],
      join(dir, 'folder'),
      'folder',
    );
    expect(many.files.map((f) => f.slice(dir.length + 1))).toEqual([
      'folder/d1.txt',
      'folder/d1.ann',
      'folder/conf/a.conf',
    ]);
    expect(await readFile(join(dir, 'folder/d1.ann'), 'utf8')).toBe('T1');
  });

  it('a cancelled export leaves nothing behind', async () => {
    const dir = await tempDir();
    const controller = new AbortController();
    function* chunks() {
      yield { file: 'a.txt', text: 'a' };
      controller.abort();
      yield { file: 'b.txt', text: 'b' };
    }
    await expect(writeExport(chunks(), join(dir, 'f'), 'folder', controller.signal)).rejects.toBeInstanceOf(
      ExportCancelled,
    );
    expect(await readdir(join(dir, 'f'))).toEqual([]);
    const single = new AbortController();
    function* one() {
      yield { file: '', text: 'a' };
      single.abort();
      yield { file: '', text: 'b' };
    }
    await expect(writeExport(one(), join(dir, 'x.jsonl'), 'file', single.signal)).rejects.toBeInstanceOf(
      ExportCancelled,
    );
    expect((await readdir(dir)).sort()).toEqual(['f']);
  });

  it('refuses an output file outside the export folder', async () => {
    const dir = await tempDir();
    await expect(writeExport([{ file: '../evil', text: 'x' }], join(dir, 'f'), 'folder')).rejects.toThrow(
      /outside the export folder/,
    );
  });
});
