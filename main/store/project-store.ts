import { unwatchFile, watchFile, type Stats } from 'node:fs';
import { Low, type Adapter } from 'lowdb';
import type { AnnotationIdIndex, Project } from '../../shared/model';
import type { ProjectOnDiskChange, SaveState } from '../../shared/ipc/views';
import { TagwrightError } from '../../shared/ipc/result';
import { DurableTextFile } from './durable-text-file';
import { projectJsonChunks } from './project-json-chunks';
import { readProjectFile } from './read-project-file';
import { ProjectFileError } from './project-file-error';
import { SaveSchedule } from './save-schedule';

export interface ProjectStoreOptions {
  /** Quiet time after the last change before a save (default 300 ms); see SaveSchedule for the cap. */
  debounceMs?: number;
  onSaveState?: (state: SaveState) => void;
  /** Opened read-only (another process holds the lock): nothing is ever written. */
  readOnly?: boolean;
  /** Someone else changed or removed the file since we last read or wrote it; saving stops until reload. */
  onExternalChange?: (change: ProjectOnDiskChange) => void;
}

/**
 * Owns one project file through lowdb: validates and migrates on read, saves crash-safely
 * (temp file, fsync, rename, folder fsync: see DurableTextFile), debounced but never starved, and
 * coalesced (see SaveSchedule); a failed save is retried with backoff. Before each save it checks
 * that the file is still what it last read or wrote, and never overwrites a file someone else changed.
 */
export class ProjectStore {
  #db: Low<Project>;
  #file: DurableTextFile;
  readonly #schedule: SaveSchedule;
  #pendingWrite: Promise<void> | null = null;
  #dirty = false;
  #saveState: SaveState = { state: 'saved' };
  #externalChange: ProjectOnDiskChange | null = null;
  #watching = false;
  #annotationIds: AnnotationIdIndex | null = null;
  #writeGate: Promise<unknown> | null = null;
  readonly #options: ProjectStoreOptions;
  readonly #onSaveState: (state: SaveState) => void;

  private constructor(
    readonly path: string,
    db: Low<Project>,
    file: DurableTextFile,
    options: ProjectStoreOptions,
    /** Format version of the file as it was read (lower than current when migrated). */
    readonly fileVersion: number,
  ) {
    this.#db = db;
    this.#file = file;
    this.#options = options;
    this.#schedule = new SaveSchedule(() => void this.flush().catch(() => {}), options.debounceMs);
    this.#onSaveState = options.onSaveState ?? (() => {});
  }

  /** Opens and validates an existing project file; throws ProjectFileError and never writes to a bad file. */
  static async open(path: string, options: ProjectStoreOptions = {}): Promise<ProjectStore> {
    const file = new DurableTextFile(path);
    const parsed = await readProjectFile(file);
    const store = new ProjectStore(
      path,
      new Low<Project>(projectAdapter(file), parsed.project),
      file,
      options,
      parsed.fileVersion,
    );
    store.#annotationIds = parsed.annotationIds;
    return store;
  }

  /** Writes a new project file at `path` at once and returns its store. */
  static async create(path: string, project: Project, options: ProjectStoreOptions = {}): Promise<ProjectStore> {
    const file = new DurableTextFile(path);
    const db = new Low<Project>(projectAdapter(file), project);
    await db.write();
    return new ProjectStore(path, db, file, { ...options, readOnly: false }, project.version);
  }

  get project(): Project {
    return this.#db.data;
  }

  /** The annotation id index built while validating the file, handed over once (then null). */
  takeAnnotationIds(): AnnotationIdIndex | null {
    const ids = this.#annotationIds;
    this.#annotationIds = null;
    return ids;
  }

  get saveState(): SaveState {
    return this.#saveState;
  }

  get readOnly(): boolean {
    return this.#options.readOnly === true;
  }

  /** Set once the file changed on disk under us: saves stop until the project is reloaded. */
  get externalChange(): ProjectOnDiskChange | null {
    return this.#externalChange;
  }

  /** Whether changes are waiting to be written. */
  get hasUnsavedChanges(): boolean {
    return this.#dirty || this.#pendingWrite !== null;
  }

  /** Records that the project changed; the save follows soon (see SaveSchedule), off the caller's path. */
  markChanged(now: Date = new Date()): void {
    if (this.readOnly) {
      throw new TagwrightError('conflict', `${this.path} is open read-only; changes cannot be saved.`);
    }
    this.#db.data.updatedAt = now.toISOString();
    this.#dirty = true;
    if (this.#externalChange) return;
    // While a failed save waits for its retry, the status keeps saying so.
    if (!this.#schedule.retrying) this.#setSaveState({ state: 'saving' });
    this.#schedule.changed();
  }

  /** Writes any pending change now; resolves when the file on disk holds it. */
  async flush(): Promise<void> {
    while (this.#dirty || this.#pendingWrite) {
      if (this.#pendingWrite) {
        await this.#pendingWrite.catch(() => {});
        continue;
      }
      if (this.#externalChange) throw new TagwrightError('conflict', this.#externalChange.message);
      this.#dirty = false;
      this.#schedule.started();
      this.#pendingWrite = this.#checkThenWrite();
      try {
        await this.#pendingWrite;
        this.#schedule.succeeded();
        if (!this.#dirty) this.#setSaveState({ state: 'saved' });
      } catch (error) {
        this.#dirty = true;
        if (error instanceof TagwrightError) throw error;
        const retryMs = this.#schedule.failed();
        const message = `Could not save ${this.path}: ${(error as Error).message}. Your changes are kept; trying again in ${retryMs / 1000} s.`;
        this.#setSaveState({ state: 'error', message });
        throw new ProjectFileError(this.path, `it could not be saved (${(error as Error).message})`);
      } finally {
        this.#pendingWrite = null;
      }
    }
  }

  /** Writes the current project to another file and returns a store that owns it. */
  async saveAs(path: string, options: ProjectStoreOptions = this.#options): Promise<ProjectStore> {
    // After an external change the old file is not ours to write: the copy goes only to the new path.
    if (!this.#externalChange && !this.readOnly) await this.flush();
    return ProjectStore.create(path, this.#db.data, {
      ...(this.#options.debounceMs !== undefined ? { debounceMs: this.#options.debounceMs } : {}),
      onSaveState: this.#onSaveState,
      ...options,
    });
  }

  /**
   * Compares the file on disk with what we last read or wrote; on a difference, stops saving and
   * reports it once. Called before every save and by the watcher.
   */
  async checkDisk(): Promise<ProjectOnDiskChange | null> {
    if (this.#externalChange) return this.#externalChange;
    while (this.#pendingWrite) await this.#pendingWrite.catch(() => {});
    // Hold off saves while comparing, or our own rename would look like someone else's change.
    const check = this.#detectChange();
    const guard = check.then(
      () => {},
      () => {},
    );
    this.#pendingWrite = guard;
    try {
      return await check;
    } finally {
      if (this.#pendingWrite === guard) this.#pendingWrite = null;
    }
  }

  async #detectChange(): Promise<ProjectOnDiskChange | null> {
    const state = await this.#file.changedOnDisk().catch(() => 'unchanged' as const);
    if (state === 'unchanged' || this.#externalChange) return this.#externalChange;
    const change: ProjectOnDiskChange = {
      path: this.path,
      reason: state,
      message: describeDiskChange(this.path, state, this.readOnly),
    };
    this.reportExternalChange(change);
    return change;
  }

  /** Stops saving and tells the owner why (also used when another process takes the lock over). */
  reportExternalChange(change: ProjectOnDiskChange): void {
    if (this.#externalChange) return;
    this.#externalChange = change;
    this.#schedule.cancel();
    // A read-only window saves nothing, so its save state stays as it is.
    if (!this.readOnly) this.#setSaveState({ state: 'error', message: change.message });
    this.#options.onExternalChange?.(change);
  }

  /** Polls the file's size and time (works on network drives and sync folders, where events are unreliable). */
  watch(intervalMs = 2000): void {
    if (this.#watching) return;
    this.#watching = true;
    watchFile(this.path, { interval: intervalMs, persistent: false }, this.#onWatch);
  }

  /** Stops the watcher and any pending timer; call after the last flush. */
  close(): void {
    this.#schedule.cancel();
    if (this.#watching) unwatchFile(this.path, this.#onWatch);
    this.#watching = false;
  }

  readonly #onWatch = (current: Stats, previous: Stats): void => {
    if (current.mtimeMs === previous.mtimeMs && current.size === previous.size) return;
    void this.checkDisk();
  };

  /**
   * Holds every write until `work` settles (whatever its outcome): the backup of the file as it was
   * opened runs in the background, yet always finishes before the first save replaces that file.
   */
  holdWritesUntil(work: Promise<unknown>): void {
    const gate = work.catch(() => {});
    this.#writeGate = this.#writeGate ? Promise.all([this.#writeGate, gate]) : gate;
  }

  async #checkThenWrite(): Promise<void> {
    if (this.#writeGate) await this.#writeGate;
    const change = await this.#detectChange();
    if (change) throw new TagwrightError('conflict', change.message);
    await this.#db.write();
  }

  #setSaveState(state: SaveState): void {
    if (state.state === this.#saveState.state && state.state !== 'error') return;
    this.#saveState = state;
    this.#onSaveState(state);
  }
}

function describeDiskChange(path: string, state: 'modified' | 'deleted', readOnly: boolean): string {
  if (readOnly) {
    return state === 'deleted'
      ? `${path} was removed or renamed outside this window.`
      : `${path} was saved by the Tagwright (or program) editing it. Reload to see the changes.`;
  }
  return state === 'deleted'
    ? `${path} was removed or renamed outside Tagwright. Your changes are kept here; use Save As to keep them.`
    : `${path} was changed outside Tagwright (another program or a sync folder). Reload it to see those changes, or use Save As to keep yours; Tagwright will not overwrite it.`;
}

/** lowdb's two-method adapter over the durable file: read checks as opening does, write stringifies. */
function projectAdapter(file: DurableTextFile): Adapter<Project> {
  return {
    read: async () => (await readProjectFile(file)).project,
    write: (project) => file.write(projectJsonChunks(project)),
  };
}
