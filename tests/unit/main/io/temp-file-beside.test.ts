import { lstat, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNewFile, removeLeftoverTempFiles, tempPathBeside } from '../../../../main/io/temp-file-beside';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

describe('temp files beside a target', () => {
  it('are hidden, in the same folder, and named differently every time', () => {
    const target = join('/data', 'field notes.tagwright');
    const names = Array.from({ length: 100 }, () => tempPathBeside(target));
    expect(new Set(names).size).toBe(100);
    for (const name of names) {
      expect(dirname(name)).toBe('/data');
      expect(basename(name)).toMatch(/^\.field notes\.tagwright\.[0-9a-f]{16}\.tmp$/);
    }
    expect(basename(tempPathBeside('/x/out.jsonl', 'partial'))).toMatch(/^\.out\.jsonl\.[0-9a-f]{16}\.partial$/);
  });

  it('are created only where nothing is: never through a link, even a dangling one', async () => {
    const dir = await tempDir();
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'not yours');
    await symlink(victim, join(dir, 'to-victim'));
    await symlink(join(dir, 'would-be-created'), join(dir, 'dangling'));
    await writeFile(join(dir, 'taken'), 'taken');

    for (const name of ['to-victim', 'dangling', 'taken']) {
      await expect(createNewFile(join(dir, name))).rejects.toMatchObject({ code: 'EEXIST' });
    }
    expect(await readFile(victim, 'utf8')).toBe('not yours');
    expect(await readFile(join(dir, 'taken'), 'utf8')).toBe('taken');
    expect((await readdir(dir)).sort()).toEqual(['dangling', 'taken', 'to-victim', 'victim.txt']);

    const handle = await createNewFile(join(dir, 'fresh'));
    await handle.writeFile('new');
    await handle.close();
    expect(await readFile(join(dir, 'fresh'), 'utf8')).toBe('new');
  });

  it('leftovers of killed saves are removed when they are regular files, and nothing else is', async () => {
    const dir = await tempDir();
    const target = join(dir, 'p.tagwright');
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'not yours');
    for (const name of ['p.tagwright', '.p.tagwright.tmp', '.p.tagwright.0123456789abcdef.tmp', '.q.tagwright.tmp']) {
      await writeFile(join(dir, name), name);
    }
    await writeFile(join(dir, '.p.tagwright.notes.tmp'), 'not a name we make');
    await symlink(victim, join(dir, '.p.tagwright.fedcba9876543210.tmp'));

    await removeLeftoverTempFiles(target);

    expect((await readdir(dir)).sort()).toEqual([
      '.p.tagwright.fedcba9876543210.tmp',
      '.p.tagwright.notes.tmp',
      '.q.tagwright.tmp',
      'p.tagwright',
      'victim.txt',
    ]);
    expect(await readlink(join(dir, '.p.tagwright.fedcba9876543210.tmp'))).toBe(victim);
    expect((await lstat(victim)).isFile()).toBe(true);
  });
});
