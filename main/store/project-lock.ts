import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fitFileName } from '../io/fit-file-name';
import { TagwrightError } from '../../shared/ipc/result';
import type { ProjectLockInfo } from '../../shared/ipc/views';

/** How often a held lock's time is refreshed, and after how long without a refresh it counts as stale. */
const LOCK_HEARTBEAT_MS = 60_000;
const LOCK_STALE_AFTER_MS = 5 * 60_000;

export interface LockOptions {
  appVersion?: string;
  heartbeatMs?: number;
  staleAfterMs?: number;
  now?: () => Date;
  /** Called when another process took the lock over while we held it. */
  onLost?: () => void;
}

/** The lock beside a project: `<project>.lock` (a long name shortened to fit: see fitFileName). */
export const lockPathOf = (projectPath: string): string =>
  join(dirname(projectPath), `${fitFileName(basename(projectPath), '.lock'.length)}.lock`);

/** A project file held by someone else; `stale` tells whether taking it over is allowed. */
export class ProjectLockedError extends TagwrightError {
  constructor(
    readonly projectPath: string,
    readonly holder: ProjectLockInfo | null,
    readonly stale: boolean,
    message = describeHolder(projectPath, holder, stale),
  ) {
    super('conflict', message, { lock: holder, stale, projectPath });
    this.name = 'ProjectLockedError';
  }
}

const held = new Set<ProjectLock>();
let exitHookInstalled = false;

/**
 * A lock file held while a project is open for writing. Created with O_EXCL so two processes
 * cannot both get it; refreshed by a heartbeat; removed on release and (synchronously) when the
 * process exits normally. A crash leaves it behind, which the staleness rules then recognise.
 */
export class ProjectLock {
  #timer: ReturnType<typeof setInterval> | null = null;
  #released = false;

  private constructor(
    readonly projectPath: string,
    readonly info: ProjectLockInfo,
    private readonly options: LockOptions,
  ) {}

  get path(): string {
    return lockPathOf(this.projectPath);
  }

  /** Who to tell when another process takes the lock over. */
  setOnLost(onLost: () => void): void {
    this.options.onLost = onLost;
  }

  /**
   * Takes the lock, or throws ProjectLockedError naming who holds it. With `takeOver`, a stale
   * lock is replaced; a live one never is.
   */
  static async acquire(projectPath: string, options: LockOptions & { takeOver?: boolean } = {}): Promise<ProjectLock> {
    const now = options.now ?? (() => new Date());
    const info: ProjectLockInfo = {
      host: hostname(),
      pid: process.pid,
      user: safeUser(),
      time: now().toISOString(),
      appVersion: options.appVersion ?? 'unknown',
      token: randomUUID(),
    };
    const lock = new ProjectLock(projectPath, info, options);
    const path = lockPathOf(projectPath);
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(info));
      } finally {
        await handle.close();
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
        // Read-only media or a folder we may not write: editing is impossible, reading is not.
        throw new ProjectLockedError(
          projectPath,
          null,
          false,
          `${projectPath} is in a folder Tagwright cannot write to (${code}), so it cannot be edited there. You can open it read-only, or copy it somewhere writable.`,
        );
      }
      if (code !== 'EEXIST') throw error;
      const holder = await readLockInfo(path);
      const stale = isStale(holder, now(), options.staleAfterMs ?? LOCK_STALE_AFTER_MS);
      if (!options.takeOver || !stale) throw new ProjectLockedError(projectPath, holder, stale);
      // Replace the stale lock in one rename so a third process sees either lock, whole.
      await replaceLockFile(path, info);
    }
    lock.#startHeartbeat();
    held.add(lock);
    installExitHook();
    return lock;
  }

  /** Removes the lock file if it is still ours. */
  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    this.#stopHeartbeat();
    held.delete(this);
    const current = await readLockInfo(this.path);
    if (current?.token === this.info.token) await unlink(this.path).catch(() => {});
  }

  /** Writes a fresh time into the lock; reports a take-over by someone else through onLost. */
  async refresh(): Promise<boolean> {
    if (this.#released) return false;
    const current = await readLockInfo(this.path);
    if (current?.token !== this.info.token) {
      this.#released = true;
      this.#stopHeartbeat();
      held.delete(this);
      this.options.onLost?.();
      return false;
    }
    this.info.time = (this.options.now ?? (() => new Date()))().toISOString();
    await replaceLockFile(this.path, this.info);
    return true;
  }

  #startHeartbeat(): void {
    this.#timer = setInterval(() => void this.refresh().catch(() => {}), this.options.heartbeatMs ?? LOCK_HEARTBEAT_MS);
    this.#timer.unref?.();
  }

  #stopHeartbeat(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** For the exit hook: no promises run once the process is exiting. */
  releaseSync(): void {
    if (this.#released) return;
    this.#released = true;
    this.#stopHeartbeat();
    try {
      if (parseLockInfo(readFileSync(this.path, 'utf8'))?.token === this.info.token) unlinkSync(this.path);
    } catch {
      // Already gone or unreadable: nothing of ours to remove.
    }
  }
}

/** Reads a lock file; null when missing or unreadable (a damaged lock is treated as stale). */
async function readLockInfo(path: string): Promise<ProjectLockInfo | null> {
  return parseLockInfo(await readFile(path, 'utf8').catch(() => ''));
}

/** A lock file's content; null when it is not a lock (damaged, or written by something else). */
function parseLockInfo(text: string): ProjectLockInfo | null {
  let raw: Partial<ProjectLockInfo> | null;
  try {
    raw = JSON.parse(text) as Partial<ProjectLockInfo> | null;
  } catch {
    return null;
  }
  if (typeof raw?.host !== 'string' || typeof raw.pid !== 'number' || typeof raw.time !== 'string') return null;
  return {
    host: raw.host,
    pid: raw.pid,
    user: typeof raw.user === 'string' ? raw.user : 'unknown',
    time: raw.time,
    appVersion: typeof raw.appVersion === 'string' ? raw.appVersion : 'unknown',
    token: typeof raw.token === 'string' ? raw.token : '',
  };
}

/** Writes the lock in one rename (temp file named by its token), so a reader sees either lock, whole. */
async function replaceLockFile(path: string, info: ProjectLockInfo): Promise<void> {
  const temp = `${path}.${info.token}.tmp`;
  await writeFile(temp, JSON.stringify(info));
  await rename(temp, path);
}

/** Stale: unreadable, or left by a dead process on this machine, or not refreshed for too long. */
export function isStale(holder: ProjectLockInfo | null, now: Date, staleAfterMs: number): boolean {
  if (!holder) return true;
  if (holder.host === hostname() && !processIsAlive(holder.pid)) return true;
  const age = now.getTime() - Date.parse(holder.time);
  return !(age < staleAfterMs);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describeHolder(projectPath: string, holder: ProjectLockInfo | null, stale: boolean): string {
  if (!holder) {
    return `${projectPath} has a damaged lock file. You can open it read-only, or take the lock over if no one else is using it.`;
  }
  const who = `${holder.user} on ${holder.host} (process ${holder.pid}, Tagwright ${holder.appVersion}) since ${holder.time}`;
  return stale
    ? `${projectPath} was left locked by ${who}, which is no longer running. You can open it read-only or take the lock over.`
    : `${projectPath} is open for editing by ${who}. You can open it read-only.`;
}

function safeUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const lock of held) lock.releaseSync();
  });
}
