import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForChildProcess } from '../../../support/bundle-for-child-process';
import { ProjectLock, ProjectLockedError, lockPathOf } from '../../../../main/store/project-lock';

let workDir: string;
let childScript: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'tagwright-lock-'));
  // The child runs the real ProjectLock under plain Node: bundle it with its dependencies inlined.
  childScript = await bundleForChildProcess('tests/fixtures/crash/hold-lock.ts', join(workDir, 'bundle'));
}, 120_000);

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** Starts a child that takes the lock; resolves with it once it says "locked". */
function lockInChild(projectPath: string, mode: 'exit' | 'wait') {
  const child = spawn(process.execPath, [childScript, projectPath, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((done) => child.on('close', () => done()));
  const locked = new Promise<void>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && done());
    child.on('close', () => fail(new Error('child exited before locking')));
  });
  return { child, locked, exited };
}

describe('project locks across processes', () => {
  it('another process holds the lock while it lives; a normal exit removes it', async () => {
    const project = join(workDir, 'a.tagwright');
    const { child, locked, exited } = lockInChild(project, 'wait');
    await locked;
    const refused = await ProjectLock.acquire(project, { takeOver: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProjectLockedError);
    expect((refused as ProjectLockedError).refusal).toBe('in-use');
    expect((refused as ProjectLockedError).holder).toMatchObject({ pid: child.pid, appVersion: 'child' });
    child.kill('SIGKILL');
    await exited;

    const other = join(workDir, 'a2.tagwright');
    const second = lockInChild(other, 'exit');
    await second.locked;
    await second.exited;
    // The exit hook removed the lock it held.
    await expect(readFile(lockPathOf(other))).rejects.toThrow(/ENOENT/);
  });

  it('a process killed with SIGKILL leaves its lock, which the next one here takes over at once, saying whose it was', async () => {
    const project = join(workDir, 'b.tagwright');
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
