import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useChildScript } from '../../../support/child-script';
import { ProjectLock, ProjectLockedError, lockPathOf } from '../../../../main/store/project-lock';

// The child runs the real ProjectLock under plain Node: it takes the lock, says "locked", then exits or waits.
const holdLock = useChildScript('tests/fixtures/crash/hold-lock.ts');

/** Starts a child that takes the lock; resolves with it once it says "locked". */
function lockInChild(projectPath: string, mode: 'exit' | 'wait') {
  const running = holdLock.start([projectPath, mode]);
  const child = running.process;
  const exited = new Promise<void>((done) => child.on('close', () => done()));
  const locked = new Promise<void>((done, fail) => {
    running.onLine((line) => line === 'locked' && done());
    child.on('close', () => fail(new Error(`child exited before locking: ${running.stderr()}`)));
  });
  return { child, locked, exited };
}

describe('project locks across processes', () => {
  it('another process holds the lock while it lives; a normal exit removes it', async () => {
    const project = join(holdLock.workDir, 'a.tagwright');
    const { child, locked, exited } = lockInChild(project, 'wait');
    await locked;
    const refused = await ProjectLock.acquire(project, { takeOver: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProjectLockedError);
    expect((refused as ProjectLockedError).refusal).toBe('in-use');
    expect((refused as ProjectLockedError).holder).toMatchObject({ pid: child.pid, appVersion: 'child' });
    child.kill('SIGKILL');
    await exited;

    const other = join(holdLock.workDir, 'a2.tagwright');
    const second = lockInChild(other, 'exit');
    await second.locked;
    await second.exited;
    // The exit hook removed the lock it held.
    await expect(readFile(lockPathOf(other))).rejects.toThrow(/ENOENT/);
  });

  it('a process killed with SIGKILL leaves its lock, which the next one here takes over at once, saying whose it was', async () => {
    const project = join(holdLock.workDir, 'b.tagwright');
    const { child, locked, exited } = lockInChild(project, 'wait');
    await locked;
    child.kill('SIGKILL');
    await exited;
    expect(JSON.parse(await readFile(lockPathOf(project), 'utf8')).pid).toBe(child.pid);
    const lock = await ProjectLock.acquire(project);
    expect(lock.takenOver).toMatchObject({ state: 'gone', holder: { pid: child.pid, appVersion: 'child' } });
    expect(JSON.parse(await readFile(lockPathOf(project), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });
});
