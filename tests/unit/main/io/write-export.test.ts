import { lstat, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
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
    expect(one).toEqual({ files: [join(dir, 'out.txt')], bytes: 4, annotatorFiles: new Map() });
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

  it('appends to a folder file met again, and lists the files of each annotator', async () => {
    const dir = await tempDir();
    const written = await writeExport(
      [
        { file: 'ana.conll', text: 'd1 ana\n', annotator: 'ana' },
        { file: 'ben.conll', text: 'd1 ben\n', annotator: 'ben' },
        { file: 'ana.conll', text: 'd2 ana\n', annotator: 'ana' },
        { file: 'ben.conll', text: 'd2 ben\n', annotator: 'ben' },
      ],
      join(dir, 'layers'),
      'folder',
    );
    expect(await readFile(join(dir, 'layers/ana.conll'), 'utf8')).toBe('d1 ana\nd2 ana\n');
    expect(await readFile(join(dir, 'layers/ben.conll'), 'utf8')).toBe('d1 ben\nd2 ben\n');
    expect(written.files).toEqual([join(dir, 'layers/ana.conll'), join(dir, 'layers/ben.conll')]);
    expect(written.annotatorFiles).toEqual(
      new Map([
        ['ana', [join(dir, 'layers/ana.conll')]],
        ['ben', [join(dir, 'layers/ben.conll')]],
      ]),
    );
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

  it('never writes through a planted link: not at the temp name earlier versions used, not at the output', async () => {
    const dir = await tempDir();
    const elsewhere = await tempDir();
    const out = join(dir, 'corpus.jsonl');
    const victims = [join(elsewhere, 'a.txt'), join(elsewhere, 'b.txt')];
    for (const victim of victims) await writeFile(victim, 'not yours\n');
    await symlink(victims[0]!, `${out}.partial-${process.pid}`);
    await symlink(victims[1]!, out);

    await writeExport([{ file: '', text: '{"text":"exported"}\n' }], out, 'file');

    for (const victim of victims) expect(await readFile(victim, 'utf8')).toBe('not yours\n');
    // rename() replaced the link at the output with the export itself.
    expect((await lstat(out)).isFile()).toBe(true);
    expect(await readFile(out, 'utf8')).toBe('{"text":"exported"}\n');
    // Only the planted link is left beside it: the export's own temporary file was renamed.
    expect((await readdir(dir)).sort()).toEqual(['corpus.jsonl', `corpus.jsonl.partial-${process.pid}`]);
  });

  it('a folder export refuses a file that is a link, names it, and writes nothing through it', async () => {
    const dir = await tempDir();
    const victim = join(await tempDir(), 'victim.txt');
    await writeFile(victim, 'not yours\n');
    const folder = join(dir, 'brat');
    await writeExport([{ file: 'd1.txt', text: 'old' }], folder, 'folder');
    await symlink(victim, join(folder, 'd1.ann'));

    const refused = writeExport(
      [
        { file: 'd1.txt', text: 'x' },
        { file: 'd1.ann', text: 'T1' },
      ],
      folder,
      'folder',
    );

    await expect(refused).rejects.toThrow(`${join(folder, 'd1.ann')} is a symbolic link`);
    expect(await readFile(victim, 'utf8')).toBe('not yours\n');
  });
});
