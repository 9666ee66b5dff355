import { join } from 'node:path';
import { PROJECT_VERSION, type AnnotationSchema, type Project } from '../../shared/model';
import type {
  BackupInfo,
  DamagedProjectRecovery,
  LockedProjectAccess,
  ProjectOnDiskChange,
  ProjectSummary,
  SaveState,
} from '../../shared/ipc/views';
import { TagwrightError } from '../../shared/ipc/result';
import { pathExists } from '../io/path-exists';
import { ProjectStore, type ProjectStoreOptions } from '../store/project-store';
import { ProjectLock, ProjectLockedError, type TakenOverLock } from '../store/project-lock';
import {
  DEFAULT_BACKUP_POLICY,
  listBackups,
  readBackup,
  restoreBackupFile,
  takeBackup,
} from '../store/project-backups';
import { ProjectFileError } from '../store/project-file-error';
import { projectFilePath } from '../store/project-file-path';
import { describeDamagedProject } from '../store/damaged-project';
import type { SettingsStore } from '../settings/settings-store';
import type { EventHub } from './event-hub';
import { newProject } from './new-project';
import { OpenProject } from './open-project';
import type { ProjectServiceOptions } from './project-service-options';
import { SAMPLE_PROJECT_FILE, SAMPLE_PROJECT_NAME, buildSampleProject } from './sample-project';
import { fileSystemErrorOf } from '../io/file-system-error';

/** How a project file is opened: for writing (taking its lock), or one of the choices for a locked file. */
export type ProjectAccess = 'write' | LockedProjectAccess;

/** What a new project holds, and what happens when a file is already at its path. */
export interface NewProjectOptions {
  /** 'sample': the sample project's documents, built from the seed texts; 'empty' by default. */
  contents?: 'empty' | 'sample';
  /**
   * 'replace' (the default): the user chose to replace the file there (the save dialog asked).
   * 'refuse': a file there is left untouched and the call fails (the CLI's `new`).
   */
  existing?: 'replace' | 'refuse';
  /** The schema of the new project instead of the default one (`tagwright merge` into a new file takes its first file's). */
  schema?: AnnotationSchema;
}

/** What the session tells the service it belongs to. */
export interface ProjectSessionHooks {
  events: EventHub;
  /** The open project is about to be closed or replaced (its store still open): what uses it lets go. */
  beforeProjectLeft: () => Promise<void>;
  /** Another project (or none) replaced the open one: its undo history no longer applies. */
  onProjectReplaced: () => void;
  /** The open project, its save state or the recent list changed. */
  onSessionChanged: () => void;
  now: () => Date;
  newId: () => string;
}

/**
 * Which project is open, and its file's life: opening (with its lock, a backup and the damaged-file
 * recovery), creating, reloading, restoring a backup, saving as, closing. One project at a time:
 * the open one stays open until another has opened successfully.
 */
export class ProjectSession {
  #open: OpenProject | null = null;
  /** The last project refused because another process holds its lock: openLocked's target. */
  #lockedPath: string | null = null;
  /** The last project that failed to open as damaged: the target of the damaged-file dialog's restore. */
  #damagedPath: string | null = null;
  /** The backup taken on open, still being written: listing, restoring and closing wait for it. */
  #pendingBackup: Promise<unknown> = Promise.resolve();
  /** Why the last backup of a project failed (cleared by the next one that works); never swallowed. */
  #backupProblem: { path: string; message: string } | null = null;
  /** Why the project named at start could not be opened, until a project opens (see openAtStart). */
  #startFailure: TagwrightError | null = null;

  constructor(
    private readonly options: ProjectServiceOptions,
    private readonly settings: SettingsStore,
    private readonly hooks: ProjectSessionHooks,
  ) {}

  /** The open project, or null. */
  get current(): OpenProject | null {
    return this.#open;
  }

  /** Why the open project's backups are failing, for the status bar; null while they work. */
  get backupProblem(): string | null {
    const problem = this.#backupProblem;
    return problem && problem.path === this.#open?.store.path ? problem.message : null;
  }

  /** Why the project named at start could not be opened (locked or damaged); null once a project opens. */
  get startFailure(): TagwrightError | null {
    return this.#startFailure;
  }

  /** Whose lock the open project's was, when opening it took the lock over; null otherwise. */
  get takenOverLock(): TakenOverLock | null {
    return this.#open?.lock?.takenOver ?? null;
  }

  require(): OpenProject {
    if (!this.#open) throw new TagwrightError('no-project', 'No project is open. Open or create a project first.');
    return this.#open;
  }

  /**
   * Opens a project file; the project open until now stays open if this one fails. For writing it
   * takes the file's lock (a ProjectLockedError names the holder; then openLocked offers read-only
   * or take-over) and backs the file up before the first save. A damaged file throws a
   * ProjectFileError whose details carry a DamagedProjectRecovery (the newest valid backup).
   */
  async open(path: string, access: ProjectAccess = 'write'): Promise<ProjectSummary> {
    const lock = access === 'read-only' ? null : await this.#lockFor(path, access === 'take-over');
    let store: ProjectStore;
    try {
      store = await ProjectStore.open(path, this.#storeOptions(lock === null));
    } catch (error) {
      if (lock !== this.#open?.lock) await lock?.release();
      if (error instanceof ProjectFileError && error.code === 'project-file') {
        this.#damagedPath = path;
        const recovery = await describeDamagedProject(path, error.problem);
        const hint = recovery.backup ? `. A backup from ${recovery.backup.takenAt} can be restored` : '';
        throw new ProjectFileError(path, `${error.problem}${hint}`, { issues: error.details, recovery });
      }
      throw error;
    }
    if (lock) {
      // A kernel copy (about 1 s per 100 MB with its fsync) in the background: a big project opens
      // without waiting for it, and the store holds its first save until the copy is done.
      const migrated = store.fileVersion < PROJECT_VERSION;
      const backup = takeBackup(path, migrated ? 'migration' : 'open', this.#backupOptions());
      store.holdWritesUntil(backup);
      this.#pendingBackup = this.#watchBackup(path, backup);
    }
    return this.#adopt(store, lock);
  }

  /**
   * Opens the project named where Tagwright was started (`tagwright serve P`). A locked or damaged
   * file does not end there: the failure is kept (startFailure, the session's openFailure) until a
   * project opens, so the page offers its way out (read-only, take over, restore a backup), and
   * null is returned. Anything else (no such file and no backup of it) is thrown.
   */
  async openAtStart(path: string, access: ProjectAccess = 'write'): Promise<ProjectSummary | null> {
    try {
      return await this.open(path, access);
    } catch (error) {
      if (!(error instanceof ProjectLockedError || isRecoverable(error))) throw error;
      this.#startFailure = error;
      this.hooks.onSessionChanged();
      return null;
    }
  }

  /** Opens the project last refused because of its lock: read-only, or taking over a stale lock. */
  async openLocked(access: LockedProjectAccess): Promise<ProjectSummary> {
    const path = this.#lockedPath;
    if (path === null) throw new TagwrightError('not-found', 'No locked project is waiting to be opened.');
    return this.open(path, access);
  }

  /** Re-reads the open project from disk (after projectChangedOnDisk); unsaved changes here are dropped. */
  async reload(): Promise<ProjectSummary> {
    const open = this.require();
    const path = open.store.path;
    let lock = open.lock;
    if (open.store.externalChange?.reason === 'lock-lost') lock = await this.#lockFor(path, false);
    const store = await ProjectStore.open(path, this.#storeOptions(lock === null));
    open.store.close();
    this.#open = null;
    return this.#adopt(store, lock);
  }

  /** Backups of the open project (or, with `damaged`, of the project that last failed to open). */
  async listBackups(damaged = false): Promise<BackupInfo[]> {
    const path = this.#backupTarget(damaged);
    await this.#pendingBackup;
    return listBackups(path);
  }

  /** Puts a backup in place of the project file, backing up the current file first, and opens it. */
  async restoreBackup(backupId: string, damaged = false): Promise<ProjectSummary> {
    const path = this.#backupTarget(damaged);
    const open = this.#open?.store.path === path ? this.#open : null;
    if (open?.store.readOnly) {
      throw new TagwrightError('conflict', `${path} is open read-only; it cannot be restored from a backup.`);
    }
    const lock = open?.lock ?? (await this.#lockFor(path, false));
    await this.#pendingBackup;
    try {
      // Check the backup before touching the open project: a bad id must leave everything as it was.
      await readBackup(path, backupId);
    } catch (error) {
      if (!open) await lock.release();
      throw error;
    }
    if (open) {
      await this.hooks.beforeProjectLeft();
      // Unsaved changes go to disk first, so the backup taken before restoring holds them.
      await open.store.flush().catch(() => {});
      open.store.close();
      this.#open = null;
      this.hooks.onProjectReplaced();
    }
    try {
      await restoreBackupFile(path, backupId, this.hooks.now());
      const store = await ProjectStore.open(path, this.#storeOptions(false));
      if (damaged) this.#damagedPath = null;
      return await this.#adopt(store, lock);
    } catch (error) {
      if (open) {
        // The file could not be replaced: carry on with the project as it was.
        this.#open = open;
        open.store.watch(this.options.watchIntervalMs ?? 2000);
      } else {
        await lock.release();
      }
      throw error;
    }
  }

  /** Creates a project at `path` (`.tagwright` added when missing), written durably, and opens it. */
  async create(path: string, name: string, options: NewProjectOptions = {}): Promise<ProjectSummary> {
    const target = projectFilePath(path);
    const lock = await this.#lockFor(target, false);
    try {
      // Checked under the lock: no other Tagwright can make the file between this check and the write.
      if (options.existing === 'refuse' && (await pathExists(target))) {
        throw new TagwrightError('conflict', `${target} already exists; choose another name (nothing was changed)`);
      }
      const project = await this.#newProject(name, options.contents ?? 'empty');
      if (options.schema) project.schema = options.schema;
      return await this.#adopt(await ProjectStore.create(target, project, this.#storeOptions()), lock);
    } catch (error) {
      if (lock !== this.#open?.lock) await lock.release();
      throw error;
    }
  }

  /** Opens the sample project in the user data folder, making it from the seeds the first time. */
  async openSample(): Promise<ProjectSummary> {
    const path = join(this.options.userDataDir, SAMPLE_PROJECT_FILE);
    if (await pathExists(path)) return this.open(path);
    return this.create(path, SAMPLE_PROJECT_NAME, { contents: 'sample' });
  }

  async #newProject(name: string, contents: 'empty' | 'sample'): Promise<Project> {
    const { newId, now } = this.hooks;
    if (contents === 'empty') return newProject(newId(), name, now());
    return { ...(await buildSampleProject(this.options.seedsDir, newId, now())), name };
  }

  async saveAs(path: string): Promise<ProjectSummary> {
    const open = this.require();
    const target = projectFilePath(path);
    const lock = await this.#lockFor(target, false);
    try {
      return await this.#adopt(await open.store.saveAs(target, this.#storeOptions()), lock);
    } catch (error) {
      if (lock !== open.lock) await lock.release();
      throw error;
    }
  }

  async close(): Promise<void> {
    const open = this.#open;
    if (!open) return;
    await this.hooks.beforeProjectLeft();
    await open.store.flush();
    await this.#pendingBackup;
    open.store.close();
    await open.lock?.release();
    this.#open = null;
    this.hooks.onProjectReplaced();
    this.hooks.onSessionChanged();
  }

  /** Writes pending changes now: on close, on quit, before the CLI exits. */
  async flush(): Promise<void> {
    await this.#open?.store.flush();
    await this.#pendingBackup;
  }

  async #adopt(store: ProjectStore, lock: ProjectLock | null): Promise<ProjectSummary> {
    const previous = this.#open;
    if (previous) {
      await this.hooks.beforeProjectLeft();
      // A project whose file changed under it cannot be flushed there; leaving it is the user's choice.
      await previous.store.flush().catch((error: unknown) => {
        if (!(error instanceof TagwrightError && error.code === 'conflict')) throw error;
      });
      previous.store.close();
      if (previous.lock !== lock) await previous.lock?.release();
    }
    this.#lockedPath = null;
    this.#startFailure = null;
    if (this.#damagedPath === store.path) this.#damagedPath = null;
    lock?.setOnLost(() =>
      store.reportExternalChange({
        path: store.path,
        reason: 'lock-lost',
        message: `Another Tagwright took over the lock of ${store.path}. Your changes here are not saved to it; reload, or use Save As to keep them.`,
      }),
    );
    store.watch(this.options.watchIntervalMs ?? 2000);
    this.#open = new OpenProject(store, lock, this.hooks.now);
    this.hooks.onProjectReplaced();
    await this.settings.addRecent(store.path, store.project.name, this.hooks.now());
    const summary = this.#open.summary();
    this.hooks.onSessionChanged();
    return summary;
  }

  #storeOptions(readOnly = false): ProjectStoreOptions {
    const { events } = this.hooks;
    return {
      ...(this.options.debounceMs !== undefined ? { debounceMs: this.options.debounceMs } : {}),
      readOnly,
      onSaveState: (state: SaveState) => {
        events.emit('saveStateChanged', state);
        if (state.state === 'saved') void this.#takePeriodicBackup();
      },
      onExternalChange: (change: ProjectOnDiskChange) => events.emit('projectChangedOnDisk', change),
    };
  }

  /** Takes the project's lock, or throws ProjectLockedError (remembering the path for openLocked). */
  async #lockFor(path: string, takeOver: boolean): Promise<ProjectLock> {
    if (this.#open?.lock && this.#open.store.path === path) return this.#open.lock;
    try {
      return await ProjectLock.acquire(path, {
        takeOver,
        appVersion: this.options.appVersion ?? 'unknown',
        ...(this.options.lockHeartbeatMs !== undefined ? { heartbeatMs: this.options.lockHeartbeatMs } : {}),
        ...(this.options.lockStaleAfterMs !== undefined ? { staleAfterMs: this.options.lockStaleAfterMs } : {}),
      });
    } catch (error) {
      if (error instanceof ProjectLockedError) this.#lockedPath = path;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new ProjectFileError(path, `its folder does not exist or cannot be reached (${code})`);
      }
      throw error;
    }
  }

  #backupOptions() {
    return { now: this.hooks.now(), policy: this.options.backupPolicy ?? DEFAULT_BACKUP_POLICY };
  }

  async #takePeriodicBackup(): Promise<void> {
    const open = this.#open;
    if (!open?.lock || Date.now() - open.lastBackupAt < (this.options.backupIntervalMs ?? 10 * 60_000)) return;
    open.lastBackupAt = Date.now();
    await this.#watchBackup(open.store.path, takeBackup(open.store.path, 'periodic', this.#backupOptions()));
  }

  /** Records how a backup went, telling the page when that changes; never throws. */
  async #watchBackup(path: string, backup: Promise<unknown>): Promise<void> {
    const before = this.#backupProblem;
    try {
      await backup;
      if (before?.path === path) this.#backupProblem = null;
    } catch (error) {
      const reason = fileSystemErrorOf(error)?.message ?? (error as Error)?.message ?? String(error);
      this.#backupProblem = { path, message: `Backups of this project are not being written. ${reason}` };
    }
    if (this.#backupProblem !== before) this.hooks.onSessionChanged();
  }

  #backupTarget(damaged: boolean): string {
    const path = damaged ? this.#damagedPath : (this.#open?.store.path ?? null);
    if (path === null) {
      throw new TagwrightError(
        'no-project',
        damaged ? 'No damaged project is waiting to be restored.' : 'No project is open.',
      );
    }
    return path;
  }
}

/** A failed open the page can offer a way out of: a damaged file that is there, or has a backup to restore. */
function isRecoverable(error: unknown): error is ProjectFileError {
  const recovery =
    error instanceof ProjectFileError ? (error.details as { recovery?: DamagedProjectRecovery })?.recovery : null;
  return recovery != null && (recovery.damagedModifiedAt !== null || recovery.backup !== null);
}
