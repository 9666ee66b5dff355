import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectStore } from '../../../../main/store/project-store';
import { lockPathOf } from '../../../../main/store/project-lock';
import type { DamagedProjectRecovery, ProjectOnDiskChange } from '../../../../shared/ipc/views';
import { smallProject } from '../../../support/project-fixtures';
import { useTempDirs } from '../../../support/temp-dir';
import { readSavedProject } from '../../../support/project-file-text';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

async function service(dir: string, name: string) {
  return ProjectService.create({
    userDataDir: join(dir, name),
    seedsDir,
    debounceMs: 5,
    annotator: name,
    appVersion: '0.1.0',
    watchIntervalMs: 20,
  });
}

const noDialogs = {
  chooseNewProjectPath: async () => null,
  chooseProjectToOpen: async () => null,
  chooseSaveAsPath: async () => null,
  chooseFilesToImport: async () => null,
};

async function projectIn(dir: string): Promise<string> {
  const path = join(dir, 'shared.tagwright');
  await ProjectStore.create(path, smallProject());
  return path;
}

describe('two Tagwrights over one project file', () => {
  it('the second gets a clear choice; read-only never writes and refuses changes with a conflict', async () => {
    const dir = await tempDir();
    const path = await projectIn(dir);
    const alice = await service(dir, 'alice');
    const bob = await service(dir, 'bob');
    await alice.openProject(path);
    const lockInfo = JSON.parse(await readFile(lockPathOf(path), 'utf8'));
    expect(lockInfo).toMatchObject({ host: hostname(), pid: process.pid, appVersion: '0.1.0' });

    const refused = await bob.openProject(path).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'conflict',
      details: { refusal: 'in-use', canTakeOver: false, projectPath: path },
    });
    expect((refused as Error).message).toMatch(/is open for editing by .*You can open it read-only/);
    // Taking over a live lock is refused too.
    await expect(bob.openLockedProject('take-over')).rejects.toMatchObject({ code: 'conflict' });

    const summary = await bob.openLockedProject('read-only');
    expect(summary.readOnly).toBe(true);
    const before = await readFile(path);
    const documentId = bob.listDocuments()[0]!.id;
    expect(() => bob.createAnnotation({ documentId, start: 0, end: 3, label: 'claim' })).toThrow(/read-only/);
    expect(() => bob.setDocumentStatus(documentId, 'done')).toThrow(/read-only/);
    // Through the IPC entrance too: a Result with code conflict, and nothing changed.
    const handlers = createCallHandlers(bob, noDialogs);
    const result = await dispatchCall(handlers, 'deleteAnnotation', { annotationId: 'a1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(bob.getDocument(documentId).annotations).toHaveLength(2);
    await bob.closeProject();
    expect(await readFile(path)).toEqual(before);

    // Alice's edits go on being saved; her close removes the lock.
    alice.createAnnotation({ documentId, start: 0, end: 3, label: 'claim' });
    await alice.closeProject();
    expect((await readSavedProject(path)).annotations).toHaveLength(3);
    await expect(readFile(lockPathOf(path))).rejects.toThrow(/ENOENT/);
    // Now Bob can open it for writing.
    expect((await bob.openProject(path)).readOnly).toBe(false);
    await bob.closeProject();
  });

  it('a lock left by a crashed process (dead pid) of this machine is taken over on open, and the service says whose', async () => {
    const dir = await tempDir();
    const path = await projectIn(dir);
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout);
    await writeFile(
      lockPathOf(path),
      JSON.stringify({
        host: hostname(),
        pid: dead,
        user: 'carol',
        time: new Date().toISOString(),
        appVersion: '0.1.0',
      }),
    );
    const bob = await service(dir, 'bob');
    const summary = await bob.openProject(path);
    expect(summary.readOnly).toBe(false);
    expect(bob.takenOverLock).toMatchObject({ state: 'gone', holder: { user: 'carol', pid: dead } });
    expect(JSON.parse(await readFile(lockPathOf(path), 'utf8')).pid).toBe(process.pid);
    await bob.closeProject();
  });
});

describe('opening a project whose folder is gone', () => {
  it('says so as a project-file error, not an internal one', async () => {
    const dir = await tempDir();
    const alice = await service(dir, 'alice');
    const path = join(dir, 'gone', 'p.tagwright');
    await expect(alice.openProject(path)).rejects.toMatchObject({ code: 'project-file' });
    await expect(alice.openProject(path)).rejects.toThrow(/gone\/p\.tagwright: its folder does not exist/);
  });
});

describe('external change through the service', () => {
  it('emits projectChangedOnDisk, keeps the file as the other program wrote it, and reloads on request', async () => {
    const dir = await tempDir();
    const path = await projectIn(dir);
    const alice = await service(dir, 'alice');
    const seen: ProjectOnDiskChange[] = [];
    alice.events.on('projectChangedOnDisk', (c) => seen.push(c));
    await alice.openProject(path);
    const theirs = JSON.parse(await readFile(path, 'utf8'));
    theirs.name = 'Edited in a sync folder';
    await writeFile(path, JSON.stringify(theirs));
    await vi.waitFor(() => expect(seen).not.toHaveLength(0), { timeout: 15_000 });
    expect(seen.map((c) => c.reason)).toEqual(['modified']);
    const documentId = alice.listDocuments()[0]!.id;
    alice.createAnnotation({ documentId, start: 0, end: 3, label: 'claim' });
    await expect(alice.flush()).rejects.toMatchObject({ code: 'conflict' });
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('Edited in a sync folder');
    const reloaded = await alice.reloadProject();
    expect(reloaded.name).toBe('Edited in a sync folder');
    expect(reloaded.annotationCount).toBe(2);
    alice.createAnnotation({ documentId, start: 0, end: 3, label: 'claim' });
    await alice.flush();
    expect((await readSavedProject(path)).annotations).toHaveLength(3);
    await alice.closeProject();
  });
});

describe('backups and damaged files through the service', () => {
  it('backs the file up on open, and offers the newest valid backup when the file is damaged', async () => {
    const dir = await tempDir();
    const path = await projectIn(dir);
    const alice = await service(dir, 'alice');
    await alice.openProject(path);
    expect((await alice.listBackups()).map((b) => b.reason)).toEqual(['open']);
    const documentId = alice.listDocuments()[0]!.id;
    alice.createAnnotation({ documentId, start: 0, end: 3, label: 'claim' });
    await alice.closeProject();

    // The USB stick damages the file: valid JSON, but an annotation points past its document.
    const damaged = JSON.parse(await readFile(path, 'utf8'));
    damaged.annotations[0].end[0] = 10_000;
    await writeFile(path, JSON.stringify(damaged));
    const error = await alice.openProject(path).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'project-file' });
    expect((error as Error).message).toMatch(/annotations.*A backup from \d{4}-.* can be restored/);
    const recovery = (error as { details: { recovery: DamagedProjectRecovery } }).details.recovery;
    expect(recovery.backup?.reason).toBe('open');
    expect(recovery.backupCounts).toEqual({ documents: 1, annotations: 2 });
    expect(recovery.damagedCounts).toEqual({ documents: 1, annotations: 3 });
    expect(recovery.damagedModifiedAt).not.toBeNull();

    const handlers = createCallHandlers(alice, noDialogs);
    const listed = await dispatchCall(handlers, 'listBackups', { damaged: true });
    expect(listed).toMatchObject({ ok: true });
    const restored = await dispatchCall(handlers, 'restoreBackup', { backupId: recovery.backup!.id, damaged: true });
    expect(restored).toMatchObject({ ok: true, value: { annotationCount: 2, readOnly: false } });
    // The damaged file itself was kept as a backup before being replaced.
    const backups = await alice.listBackups();
    expect(backups[0]!.reason).toBe('restore');
    await alice.closeProject();
  });

  it('takes periodic backups after saves once the interval has passed', async () => {
    const dir = await tempDir();
    const path = await projectIn(dir);
    const alice = await ProjectService.create({
      userDataDir: join(dir, 'alice'),
      seedsDir,
      debounceMs: 5,
      backupIntervalMs: 0,
    });
    await alice.openProject(path);
    const documentId = alice.listDocuments()[0]!.id;
    alice.createAnnotation({ documentId, start: 0, end: 3, label: 'claim' });
    await alice.flush();
    await vi.waitFor(
      async () => expect((await alice.listBackups()).map((b) => b.reason)).toEqual(['periodic', 'open']),
      { timeout: 15_000, interval: 20 },
    );
    await alice.closeProject();
  });

  it('restores a backup of the open project from the menu command path', async () => {
    const dir = await tempDir();
    const path = await projectIn(dir);
    const alice = await service(dir, 'alice');
    await alice.openProject(path);
    const [first] = await alice.listBackups();
    const documentId = alice.listDocuments()[0]!.id;
    alice.deleteAnnotation('a1');
    alice.deleteAnnotation('a2');
    await alice.flush();
    const summary = await alice.restoreBackup(first!.id);
    expect(summary.annotationCount).toBe(2);
    expect(
      alice
        .getDocument(documentId)
        .annotations.map((a) => a.id)
        .sort(),
    ).toEqual(['a1', 'a2']);
    expect((await readSavedProject(path)).annotations).toHaveLength(2);
    // A backup id that is not listed changes nothing: the project stays open (found by the IPC fuzz test).
    await expect(alice.restoreBackup('2020-01-01T00-00-00-000Z.open.tagwright')).rejects.toThrow(/no backup named/);
    expect(alice.session().project?.annotationCount).toBe(2);
    // Nor does a damaged backup: it is refused before the project file is touched.
    const before = await readFile(path, 'utf8');
    await writeFile(join(`${path}-backups`, first!.id), '{"format":"tagwright-project","version":2,"name":"trunc');
    await expect(alice.restoreBackup(first!.id)).rejects.toThrow(/not valid JSON/);
    expect(alice.session().project?.annotationCount).toBe(2);
    expect(await readFile(path, 'utf8')).toBe(before);
    // The lock is still ours: another service cannot open it for writing.
    const bob = await service(dir, 'bob');
    await expect(bob.openProject(path)).rejects.toMatchObject({ code: 'conflict' });
    await alice.closeProject();
  });
});
