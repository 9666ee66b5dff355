import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { lstat, readFile, rename, unlink } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fitFileName } from '../io/fit-file-name';
import { TagwrightError } from '../../shared/ipc/result';
import type { ProjectLockInfo } from '../../shared/ipc/views';
import { createNewFile, removingTempOnFailure, tempPathBeside } from '../io/temp-file-beside';

/** How often a held lock's time is refreshed, and after how long without a refresh it counts as stale. */
const LOCK_HEARTBEAT_MS = 60_000;
const LOCK_STALE_AFTER_MS = 5 * 60_000;
/** How many times a lock left behind is removed for ours before giving up to whoever else keeps taking it. */
const MAX_TAKE_OVER_ROUNDS = 5;

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

/**
 * What a lock file found beside a project says about its holder (see judgeLock). `gone` is taken
 * over at once; `stale` and `elsewhere` only when the user asks; `in-use` never.
 */
export type LockHolderState =
  /** A process on this machine that is no longer running (it crashed, or was killed). */
  | 'gone'
  /** A running process on this machine. */
  | 'in-use'
  /** Another machine, heard from lately: whether it still runs cannot be told from here. */
  | 'elsewhere'
  /** Not refreshed for longer than the heartbeat allows, or unreadable. */
  | 'stale';

/** Why a project cannot be opened for writing: its lock's holder, or a folder where no lock can be written. */
export type LockRefusal = Exclude<LockHolderState, 'gone'> | 'unwritable';

/** Whether the user may choose to take a lock over (`--take-over`, the dialog's button). */
export const canTakeOver = (refusal: LockRefusal): boolean => refusal === 'stale' || refusal === 'elsewhere';

/** A project file held by someone else (or in a folder where no lock can be written); `refusal` says which. */
export class ProjectLockedError extends TagwrightError {
  constructor(
    readonly projectPath: string,
    readonly holder: ProjectLockInfo | null,
    readonly refusal: LockRefusal,
    /** What is in the way, without the app's choices (the CLI offers its own). */
    readonly situation = describeLockSituation(projectPath, holder, refusal),
  ) {
    super('conflict', refusal === 'unwritable' ? situation : `${situation} ${describeChoices(refusal)}`, {
      lock: holder,
      refusal,
      canTakeOver: canTakeOver(refusal),
      projectPath,
    });
    this.name = 'ProjectLockedError';
  }

  get canTakeOver(): boolean {
    return canTakeOver(this.refusal);
  }
}

/** A lock that was not free when it was taken: whose it was, and why taking it was allowed. */
export interface TakenOverLock {
  holder: ProjectLockInfo | null;
  state: Exclude<LockHolderState, 'in-use'>;
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
  #takenOver: TakenOverLock | null = null;

  private constructor(
    readonly projectPath: string,
    readonly info: ProjectLockInfo,
    private readonly options: LockOptions,
  ) {}

  get path(): string {
    return lockPathOf(this.projectPath);
  }

  /** Set when the lock was taken over: from a holder that left it, or (on request) a stale or distant one. */
  get takenOver(): TakenOverLock | null {
    return this.#takenOver;
  }

  /** Who to tell when another process takes the lock over. */
  setOnLost(onLost: () => void): void {
    this.options.onLost = onLost;
  }

  /**
   * Takes the lock, or throws ProjectLockedError naming who holds it. A lock left by a process of
   * this machine that is no longer running is taken over at once (`takenOver` says so); with
   * `takeOver`, so is a stale one or another machine's; a running process's never is.
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
    // Taking over is removing the old lock (see removeLockFile), then creating ours exclusively
    // like anyone else: of two processes taking over at once, one gets it, the other finds it in use.
    for (let attempt = 1; ; attempt++) {
      try {
        await writeNewLockFile(path, info);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
          // Read-only media or a folder we may not write: editing is impossible, reading is not.
          throw new ProjectLockedError(
            projectPath,
            null,
            'unwritable',
            `${projectPath} is in a folder Tagwright cannot write to (${code}), so it cannot be edited there. You can open it read-only, or copy it somewhere writable.`,
          );
        }
        if (code !== 'EEXIST') throw error;
        const found = await readLockFile(path);
        if (found.text === null) continue; // released in the meantime: try again
        const state = judgeLock(found.holder, now(), options.staleAfterMs ?? LOCK_STALE_AFTER_MS);
        if (state === 'in-use' || (state !== 'gone' && options.takeOver !== true)) {
          throw new ProjectLockedError(projectPath, found.holder, state);
        }
        // Still in the way after a few rounds: another process is taking it over, so it is in use.
        if (attempt > MAX_TAKE_OVER_ROUNDS) throw new ProjectLockedError(projectPath, found.holder, 'in-use');
        if (await removeLockFile(path, found.text)) lock.#takenOver = { holder: found.holder, state };
      }
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
  return (await readLockFile(path)).holder;
}

/** A lock file's text (null when there is none, '' when unreadable) and its holder (null when it is not a lock). */
async function readLockFile(path: string): Promise<{ text: string | null; holder: ProjectLockInfo | null }> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) =>
    error.code === 'ENOENT' ? null : '',
  );
  return { text, holder: parseLockInfo(text ?? '') };
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

/** Creates the lock file, failing with EEXIST when there is one; a lock left half-written (a full disk) is removed. */
async function writeNewLockFile(path: string, info: ProjectLockInfo): Promise<void> {
  await removingTempOnFailure(path, async () => {
    const handle = await createNewFile(path);
    try {
      await handle.writeFile(JSON.stringify(info));
    } finally {
      await handle.close();
    }
  });
}

/** Writes the lock in one rename from an exclusive temp file, so a reader sees either lock, whole. */
async function replaceLockFile(path: string, info: ProjectLockInfo): Promise<void> {
  const temp = tempPathBeside(path);
  await removingTempOnFailure(temp, async () => {
    await writeNewLockFile(temp, info);
    await rename(temp, path);
  });
}

/** Beside the lock while a process takes it over: `<lock>.taking-over`. */
const TAKING_OVER = '.taking-over';

/**
 * Removes the lock file whose text was `text`, and only that one; false when it has changed or
 * another process is taking it over right now. Takers go one at a time through
 * `<lock>.taking-over`, created exclusively, so none removes the lock another one just wrote
 * (everyone else only ever creates a lock where there is none).
 */
async function removeLockFile(path: string, text: string): Promise<boolean> {
  const guard = join(dirname(path), `${fitFileName(basename(path), TAKING_OVER.length)}${TAKING_OVER}`);
  try {
    await (await createNewFile(guard)).close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await removeAbandonedGuard(guard);
    return false;
  }
  try {
    if ((await readLockFile(path)).text !== text) return false;
    await unlink(path);
    return true;
  } catch (error) {
    // Released by its holder since it was read: nothing was taken over.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  } finally {
    await unlink(guard).catch(() => {});
  }
}

/** A take-over lasts milliseconds: a guard older than this was left by a taker that died. */
const ABANDONED_GUARD_MS = 10_000;

async function removeAbandonedGuard(guard: string): Promise<void> {
  const info = await lstat(guard).catch(() => null);
  if (info?.isFile() && Date.now() - info.mtimeMs > ABANDONED_GUARD_MS) await unlink(guard).catch(() => {});
}

/**
 * What a lock file says about its holder: gone (this machine, the process no longer runs), in use
 * (this machine, running), elsewhere (another machine, heard from within `staleAfterMs`), or stale
 * (not heard from for longer, or unreadable).
 */
export function judgeLock(holder: ProjectLockInfo | null, now: Date, staleAfterMs: number): LockHolderState {
  if (!holder) return 'stale';
  const here = holder.host === hostname();
  if (here && !processIsAlive(holder.pid)) return 'gone';
  const age = now.getTime() - Date.parse(holder.time);
  if (!(age < staleAfterMs)) return 'stale';
  return here ? 'in-use' : 'elsewhere';
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

/** Who holds a lock, for people: "ann on studio-pc (process 412, Tagwright 0.1.0) since 2026-…". */
export function describeLockHolder(holder: ProjectLockInfo): string {
  return `${holder.user} on ${holder.host} (process ${holder.pid}, Tagwright ${holder.appVersion}) since ${holder.time}`;
}

/** What taking a lock over meant, for the CLI to print. */
export function describeTakeOver(projectPath: string, takenOver: TakenOverLock): string {
  const { holder, state } = takenOver;
  if (!holder) return `Took over the damaged lock file of ${projectPath}.`;
  const who = describeLockHolder(holder);
  if (state === 'gone') return `Took over the lock of ${projectPath} left by ${who}, which is no longer running.`;
  return `Took over the lock of ${projectPath} from ${who}; changes it has not saved yet will not be saved to the project.`;
}

function describeLockSituation(projectPath: string, holder: ProjectLockInfo | null, refusal: LockRefusal): string {
  if (!holder) return `${projectPath} has a damaged lock file.`;
  const who = describeLockHolder(holder);
  if (refusal === 'stale') return `${projectPath} was left locked by ${who}, which has not been heard from since.`;
  if (refusal === 'elsewhere') {
    return `${projectPath} is open for editing by ${who}. That is another computer: whether Tagwright still runs there cannot be told from here.`;
  }
  return `${projectPath} is open for editing by ${who}.`;
}

function describeChoices(refusal: LockRefusal): string {
  return canTakeOver(refusal)
    ? 'You can open it read-only, or take the lock over if no one is using it (changes not saved there yet would then not be saved).'
    : 'You can open it read-only.';
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
