import { readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ServerDialogs } from '../../../../main/server/server-dialogs';
import { ProjectService } from '../../../../main/service/project-service';
import { backupFolderOf, listBackups } from '../../../../main/store/project-backups';
import { lockPathOf } from '../../../../main/store/project-lock';
import { ProjectStore } from '../../../../main/store/project-store';
import { smallProject } from '../../../support/project-fixtures';
import { readSavedProject } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');
const bytes = (name: string) => Buffer.byteLength(name, 'utf8');

async function service(dir: string) {
  return ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 5, backupIntervalMs: 0 });
}

describe('long project names', () => {
  it('a new project named with 150 CJK characters gets a file, a lock and backups within 255 bytes', async () => {
    const dir = await tempDir();
    const projects = join(dir, 'projects');
    const s = await service(dir);
    const handlers = createCallHandlers(s, new ServerDialogs({ projectsDir: projects, projectFiles: [] }));
    const name = '地雷地図の正確さについての声明'.repeat(10);
    expect(name).toHaveLength(150);
    const created = await dispatchCall(handlers, 'createProject', { name });
    expect(created).toMatchObject({ ok: true, value: { name } });
    const path = s.projectPath!;
    expect(bytes(basename(path))).toBeLessThanOrEqual(255);
    expect(bytes(basename(lockPathOf(path)))).toBeLessThanOrEqual(255);
    // Saved, then backed up: the backups folder's name fits too.
    s.importFiles([{ name: 'a.txt', bytes: Buffer.from('Some text.') }]);
    await s.flush();
    await expect.poll(async () => (await listBackups(path)).length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect(bytes(basename(backupFolderOf(path)))).toBeLessThanOrEqual(255);
    expect(s.session().backupProblem).toBeNull();
    expect((await readSavedProject(path)).name).toBe(name);
    await s.closeProject();
  });

  it('a project file whose own name fills 250 bytes (120 ü) is locked, saved and backed up', async () => {
    const dir = await tempDir();
    const path = join(dir, `${'ü'.repeat(120)}.tagwright`);
    expect(bytes(basename(path))).toBe(250);
    await ProjectStore.create(path, smallProject());
    const s = await service(dir);
    await s.openProject(path);
    await s.flush();
    expect((await stat(lockPathOf(path))).isFile()).toBe(true);
    expect((await listBackups(path)).map((b) => b.reason)).toEqual(['open']);
    expect(s.session().backupProblem).toBeNull();
    const before = (await readSavedProject(path)).annotations.length;
    s.createAnnotation({ documentId: 'doc1', start: 0, end: 7, label: 'claim' });
    await s.flush();
    expect((await readSavedProject(path)).annotations).toHaveLength(before + 1);
    // Two long names that start alike keep their own backups folders.
    const twin = join(dir, `${'ü'.repeat(120)}x.tagwright`);
    expect(backupFolderOf(twin)).not.toBe(backupFolderOf(path));
    await s.closeProject();
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a file name too long for the disk is a readable error naming it, not "something went wrong"', async () => {
    const dir = await tempDir();
    const s = await service(dir);
    const tooLong = join(dir, `${'x'.repeat(300)}.tagwright`);
    const handlers = createCallHandlers(s, {
      chooseNewProjectPath: async () => tooLong,
      chooseProjectToOpen: async () => null,
      chooseSaveAsPath: async () => null,
      chooseFilesToImport: async () => null,
    });
    const result = await dispatchCall(handlers, 'createProject', { name: 'x' });
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(!result.ok && result.error.message).toMatch(/is too long for the file system \(\d+ bytes; at most 255/);
  });
});

describe('a failed backup is said, never swallowed', () => {
  it('shows in the session (the status bar) and clears when backups work again', async () => {
    const dir = await tempDir();
    const path = join(dir, 'p.tagwright');
    await ProjectStore.create(path, smallProject());
    // Something that is not a folder sits where the backups go.
    await writeFile(backupFolderOf(path), 'not a folder');
    const s = await service(dir);
    const announced: (string | null)[] = [];
    s.events.on('sessionChanged', (session) => announced.push(session.backupProblem));
    await s.openProject(path);
    await s.flush();
    const problem = s.session().backupProblem;
    expect(problem).toMatch(/^Backups of this project are not being written\./);
    expect(problem).toContain(basename(backupFolderOf(path)));
    expect(announced.at(-1)).toBe(problem);

    // The folder is freed; the next (periodic) backup works and the warning goes.
    const { rm } = await import('node:fs/promises');
    await rm(backupFolderOf(path));
    s.createAnnotation({ documentId: 'doc1', start: 0, end: 7, label: 'claim' });
    await s.flush();
    await expect.poll(() => s.session().backupProblem, { timeout: 15_000 }).toBeNull();
    expect(announced.at(-1)).toBeNull();
    await s.closeProject();
  });
});
