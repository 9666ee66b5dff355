import { lstat, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../../main/store/project-store';
import { backupFolderOf, restoreBackupFile, takeBackup } from '../../../../main/store/project-backups';
import { smallProject } from '../../../support/project-fixtures';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const VICTIM_TEXT = 'a file of the user that a planted link points at\n';

/**
 * Plants a symbolic link at `at` pointing to a file outside the project's folder, as anyone who can
 * write to a shared or synced folder could; returns that file's path.
 */
async function plantLink(at: string): Promise<string> {
  const victim = join(await tempDir(), 'victim.txt');
  await writeFile(victim, VICTIM_TEXT);
  await symlink(victim, at);
  return victim;
}

async function expectRegularFile(path: string): Promise<void> {
  const info = await lstat(path);
  expect(info.isSymbolicLink()).toBe(false);
  expect(info.isFile()).toBe(true);
}

describe('saves never follow a planted symbolic link', () => {
  it('a save writes around a link at the temp name earlier versions used, and leaves the link', async () => {
    const dir = await tempDir();
    const path = join(dir, 'p.tagwright');
    const store = await ProjectStore.create(path, smallProject());
    const link = join(dir, '.p.tagwright.tmp');
    const victim = await plantLink(link);

    store.project.name = 'Saved beside a planted link';
    store.markChanged();
    await store.flush();

    expect(await readFile(victim, 'utf8')).toBe(VICTIM_TEXT);
    await expectRegularFile(path);
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('Saved beside a planted link');
    // Not ours to remove: only regular leftovers are cleaned up.
    expect(await readlink(link)).toBe(victim);
  });

  it('Save As onto a link planted at the project name (and its temp name) replaces the link with a regular file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'p.tagwright');
    const store = await ProjectStore.create(join(dir, 'q.tagwright'), smallProject());
    const atName = await plantLink(path);
    const atTempName = await plantLink(join(dir, '.p.tagwright.tmp'));

    const copy = await store.saveAs(path);

    expect(copy.path).toBe(path);
    // rename() replaces a link at the target itself; it never follows it.
    expect(await readFile(atName, 'utf8')).toBe(VICTIM_TEXT);
    expect(await readFile(atTempName, 'utf8')).toBe(VICTIM_TEXT);
    await expectRegularFile(path);
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('Small');
  });

  it("a backup's temp copy is never made through a link planted at its name", async () => {
    const path = join(await tempDir(), 'p.tagwright');
    await ProjectStore.create(path, smallProject());
    const now = new Date('2026-03-01T10:00:00.000Z');
    // Learn the backup's name, then take the same backup again with a link where its temp file went.
    const first = await takeBackup(path, 'open', { now });
    const backup = join(backupFolderOf(path), first!.id);
    await rm(backup);
    const victim = await plantLink(join(backupFolderOf(path), `.${first!.id}.tmp`));

    const again = await takeBackup(path, 'open', { now });

    expect(again?.id).toBe(first!.id);
    expect(await readFile(victim, 'utf8')).toBe(VICTIM_TEXT);
    await expectRegularFile(backup);
    expect(await readFile(backup)).toEqual(await readFile(path));
  });

  it('restoring a backup is never written through a link planted at the temp name', async () => {
    const dir = await tempDir();
    const path = join(dir, 'p.tagwright');
    await ProjectStore.create(path, smallProject());
    const backup = await takeBackup(path, 'open', { now: new Date('2026-03-01T10:00:00.000Z') });
    const victim = await plantLink(join(dir, '.p.tagwright.tmp'));

    await restoreBackupFile(path, backup!.id, new Date('2026-03-01T11:00:00.000Z'));

    expect(await readFile(victim, 'utf8')).toBe(VICTIM_TEXT);
    await expectRegularFile(path);
    expect(await readFile(path)).toEqual(await readFile(join(backupFolderOf(path), backup!.id)));
  });
});
