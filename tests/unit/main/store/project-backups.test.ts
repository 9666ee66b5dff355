import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupFolderOf,
  listBackups,
  newestValidBackup,
  pruneBackups,
  readBackup,
  restoreBackupFile,
  takeBackup,
} from '../../../../main/store/project-backups';
import { ProjectStore } from '../../../../main/store/project-store';
import { smallProject } from '../../../support/project-fixtures';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const day = 24 * 3600_000;

async function projectFile(): Promise<string> {
  const path = join(await tempDir(), 'field notes.tagwright');
  await ProjectStore.create(path, smallProject());
  return path;
}

async function saveName(path: string, name: string): Promise<void> {
  const project = JSON.parse(await readFile(path, 'utf8')) as { name: string };
  project.name = name;
  await writeFile(path, JSON.stringify(project));
}

describe('project backups', () => {
  it('copies the file into <name>.tagwright-backups/ beside it, byte for byte', async () => {
    const path = await projectFile();
    const backup = await takeBackup(path, 'open', { now: new Date('2026-03-01T10:00:00.000Z') });
    expect(backupFolderOf(path)).toBe(join(path, '..', 'field notes.tagwright-backups'));
    expect(backup).toMatchObject({ reason: 'open', takenAt: '2026-03-01T10:00:00.000Z' });
    expect(await readFile(join(backupFolderOf(path), backup!.id))).toEqual(await readFile(path));
    expect(await listBackups(path)).toEqual([backup]);
  });

  it('skips a backup identical to the newest one', async () => {
    const path = await projectFile();
    expect(await takeBackup(path, 'open', { now: new Date('2026-03-01T10:00:00Z') })).not.toBeNull();
    expect(await takeBackup(path, 'open', { now: new Date('2026-03-01T11:00:00Z') })).toBeNull();
    await saveName(path, 'Changed');
    expect(await takeBackup(path, 'periodic', { now: new Date('2026-03-01T12:00:00Z') })).not.toBeNull();
    expect((await listBackups(path)).map((b) => b.reason)).toEqual(['periodic', 'open']);
  });

  it('keeps the newest N plus one per day for a week, and every pre-migration original', async () => {
    const path = await projectFile();
    const start = Date.parse('2026-03-01T09:00:00Z');
    const policy = { keepLast: 3, keepDailyDays: 7 };
    await takeBackup(path, 'migration', { now: new Date(start - 30 * day), policy });
    // Ten days, four saves a day.
    for (let d = 0; d < 10; d++) {
      for (let h = 0; h < 4; h++) {
        await saveName(path, `day ${d} hour ${h}`);
        await takeBackup(path, 'periodic', { now: new Date(start + d * day + h * 3600_000), policy });
      }
    }
    const kept = await listBackups(path);
    const lastDay = '2026-03-10';
    // The 3 newest (all on the last day), then the newest of each earlier day within 7 days, then the original.
    expect(kept.slice(0, 3).every((b) => b.takenAt.startsWith(lastDay))).toBe(true);
    const days = kept.filter((b) => b.reason === 'periodic').map((b) => b.takenAt.slice(0, 10));
    expect(new Set(days)).toEqual(
      new Set([
        '2026-03-10',
        '2026-03-09',
        '2026-03-08',
        '2026-03-07',
        '2026-03-06',
        '2026-03-05',
        '2026-03-04',
        '2026-03-03',
      ]),
    );
    expect(days.filter((d) => d === '2026-03-09')).toHaveLength(1);
    expect(kept.at(-1)!.reason).toBe('migration');
    expect(kept).toHaveLength(3 + 7 + 1);
    expect((await readdir(backupFolderOf(path))).length).toBe(kept.length);
    expect(await pruneBackups(path, policy, new Date(start + 9 * day))).toEqual([]);
  });

  it('restores a backup over the project, backing up the current (even damaged) file first', async () => {
    const path = await projectFile();
    const good = await takeBackup(path, 'open', { now: new Date('2026-03-01T10:00:00Z') });
    await writeFile(path, '{"format":"tagwright-project","version":1,"name":"trunc');
    await restoreBackupFile(path, good!.id, new Date('2026-03-02T10:00:00Z'));
    expect((await ProjectStore.open(path)).project.name).toBe('Small');
    const backups = await listBackups(path);
    expect(backups[0]!.reason).toBe('restore');
    expect(await readFile(join(backupFolderOf(path), backups[0]!.id), 'utf8')).toContain('"name":"trunc');
  });

  it('finds the newest backup that opens, skipping damaged ones', async () => {
    const path = await projectFile();
    const good = await takeBackup(path, 'open', { now: new Date('2026-03-01T10:00:00Z') });
    await writeFile(path, 'garbage');
    await takeBackup(path, 'periodic', { now: new Date('2026-03-01T11:00:00Z') });
    const found = await newestValidBackup(path);
    expect(found?.backup.id).toBe(good!.id);
    expect(found?.project.annotations).toHaveLength(2);
  });

  it('refuses backup ids that are not listed (no paths, no traversal)', async () => {
    const path = await projectFile();
    await takeBackup(path, 'open');
    for (const id of ['../field notes.tagwright', '/etc/passwd', 'nope.open.tagwright', '']) {
      await expect(readBackup(path, id)).rejects.toThrow(/there is no backup named/);
      await expect(restoreBackupFile(path, id)).rejects.toThrow(/there is no backup named/);
    }
  });
});
