import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectLock, ProjectLockedError, judgeLock, lockPathOf } from '../../../../main/store/project-lock';
import type { ProjectLockInfo } from '../../../../shared/ipc/views';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

/** The pid of a process that has exited: spawn one and wait for it. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

const holder = (overrides: Partial<ProjectLockInfo>): ProjectLockInfo => ({
  host: hostname(),
  pid: process.pid,
  user: 'someone',
  time: new Date().toISOString(),
  appVersion: '0.1.0',
  token: 'other',
  ...overrides,
});

describe('ProjectLock', () => {
  it('writes host, pid, user, time and app version, and removes the lock on release', async () => {
    const project = join(await tempDir(), 'p.tagwright');
    const lock = await ProjectLock.acquire(project, { appVersion: '9.9.9' });
    const info = JSON.parse(await readFile(lockPathOf(project), 'utf8')) as ProjectLockInfo;
    expect(info).toMatchObject({ host: hostname(), pid: process.pid, appVersion: '9.9.9' });
    expect(typeof info.user).toBe('string');
    expect(Date.parse(info.time)).not.toBeNaN();
    await lock.release();
    await expect(readFile(lockPathOf(project))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a second holder while the first lives, naming the holder, even with takeOver', async () => {
    const project = join(await tempDir(), 'p.tagwright');
    const first = await ProjectLock.acquire(project);
    const error = await ProjectLock.acquire(project, { takeOver: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProjectLockedError);
    expect((error as ProjectLockedError).refusal).toBe('in-use');
    expect((error as Error).message).toMatch(/is open for editing by .* on .* \(process \d+/);
    expect((error as ProjectLockedError).code).toBe('conflict');
    await first.release();
    const second = await ProjectLock.acquire(project);
    await second.release();
  });

  it('takes over the lock of a process of this host that is no longer running at once, and says whose it was', async () => {
    const project = join(await tempDir(), 'p.tagwright');
    const left = holder({ pid: deadPid(), user: 'carol' });
    await writeFile(lockPathOf(project), JSON.stringify(left));
    const lock = await ProjectLock.acquire(project);
    expect(lock.takenOver).toEqual({ holder: left, state: 'gone' });
    const info = JSON.parse(await readFile(lockPathOf(project), 'utf8')) as ProjectLockInfo;
    expect(info.pid).toBe(process.pid);
    expect(info.token).toBe(lock.info.token);
    await lock.release();
    // Nothing of the take-over is left beside the project.
    expect(await readdir(join(project, '..'))).toEqual([]);
  });

  it("refuses another machine's lock, offering to take it over, and takes it over only when asked", async () => {
    const project = join(await tempDir(), 'p.tagwright');
    const distant = holder({ host: 'another-machine', pid: 1 });
    await writeFile(lockPathOf(project), JSON.stringify(distant));
    const refused = await ProjectLock.acquire(project).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProjectLockedError);
    expect(refused).toMatchObject({ refusal: 'elsewhere', canTakeOver: true, holder: distant });
    expect((refused as Error).message).toMatch(/another-machine .*another computer.*take the lock over/);
    const lock = await ProjectLock.acquire(project, { takeOver: true });
    expect(lock.takenOver).toEqual({ holder: distant, state: 'elsewhere' });
    expect((JSON.parse(await readFile(lockPathOf(project), 'utf8')) as ProjectLockInfo).token).toBe(lock.info.token);
    await lock.release();
  });

  it('takes over the lock of a project whose name fills 250 bytes (its lock and guard names are shortened)', async () => {
    const project = join(await tempDir(), `${'ü'.repeat(120)}.tagwright`);
    await writeFile(lockPathOf(project), JSON.stringify(holder({ host: 'another-machine' })));
    const lock = await ProjectLock.acquire(project, { takeOver: true });
    expect(lock.takenOver?.state).toBe('elsewhere');
    expect((JSON.parse(await readFile(lockPathOf(project), 'utf8')) as ProjectLockInfo).token).toBe(lock.info.token);
    await lock.release();
    expect(await readdir(join(project, '..'))).toEqual([]);
  });

  it('of several taking over one left-behind lock at once, exactly one gets it', async () => {
    const project = join(await tempDir(), 'p.tagwright');
    await writeFile(lockPathOf(project), JSON.stringify(holder({ host: 'another-machine' })));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 5 }, () => ProjectLock.acquire(project, { takeOver: true })),
    );
    const winners = outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value);
    expect(winners).toHaveLength(1);
    for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toMatchObject({ refusal: 'in-use' });
    expect((JSON.parse(await readFile(lockPathOf(project), 'utf8')) as ProjectLockInfo).token).toBe(
      winners[0]!.info.token,
    );
    await winners[0]!.release();
  });

  it('judges a lock: gone (dead pid here), in use (live here), elsewhere (recent, another host), stale (silent too long, unreadable)', () => {
    const now = new Date();
    const old = new Date(now.getTime() - 120_000).toISOString();
    expect(judgeLock(holder({}), now, 60_000)).toBe('in-use');
    expect(judgeLock(holder({ pid: deadPid() }), now, 60_000)).toBe('gone');
    expect(judgeLock(holder({ time: old }), now, 60_000)).toBe('stale');
    expect(judgeLock(holder({ host: 'another-machine', time: old }), now, 60_000)).toBe('stale');
    expect(judgeLock(holder({ host: 'another-machine' }), now, 60_000)).toBe('elsewhere');
    expect(judgeLock(null, now, 60_000)).toBe('stale');
  });

  it('refreshes its time, and notices when someone else took the lock over', async () => {
    const project = join(await tempDir(), 'p.tagwright');
    let t = Date.parse('2026-01-01T00:00:00Z');
    let lost = 0;
    const lock = await ProjectLock.acquire(project, {
      now: () => new Date((t += 1000)),
      onLost: () => (lost += 1),
    });
    const before = (JSON.parse(await readFile(lockPathOf(project), 'utf8')) as ProjectLockInfo).time;
    expect(await lock.refresh()).toBe(true);
    const after = (JSON.parse(await readFile(lockPathOf(project), 'utf8')) as ProjectLockInfo).time;
    expect(Date.parse(after)).toBeGreaterThan(Date.parse(before));
    await writeFile(lockPathOf(project), JSON.stringify(holder({ token: 'thief' })));
    expect(await lock.refresh()).toBe(false);
    expect(lost).toBe(1);
    // Releasing a lock we lost leaves the new holder's file alone.
    await lock.release();
    expect((JSON.parse(await readFile(lockPathOf(project), 'utf8')) as ProjectLockInfo).token).toBe('thief');
  });

  it('releaseSync (what the process exit hook runs) removes its own lock', async () => {
    const project = join(await tempDir(), 'p.tagwright');
    const lock = await ProjectLock.acquire(project);
    lock.releaseSync();
    await expect(readFile(lockPathOf(project))).rejects.toThrow(/ENOENT/);
  });
});

describe('ProjectLock in a folder that cannot be written', () => {
  it.skipIf(process.getuid?.() === 0)('offers read-only instead of failing with an OS error', async () => {
    const { chmod } = await import('node:fs/promises');
    const dir = await tempDir();
    const project = join(dir, 'p.tagwright');
    await writeFile(project, '{}');
    await chmod(dir, 0o555);
    try {
      const error = await ProjectLock.acquire(project).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProjectLockedError);
      expect((error as Error).message).toMatch(/cannot write to \(EACCES\).*open it read-only/);
    } finally {
      await chmod(dir, 0o755);
    }
  });
});
