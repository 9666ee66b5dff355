import { stat } from 'node:fs/promises';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { Project } from '../../shared/model';
import type { SaveState } from '../../shared/ipc/views';
import { parseProjectFile } from './parse-project-file';
import { ProjectFileError } from './project-file-error';

/** How long changes are coalesced before a save: long enough to batch key presses, short enough to lose nothing. */
export const SAVE_DEBOUNCE_MS = 300;

export interface ProjectStoreOptions {
  debounceMs?: number;
  onSaveState?: (state: SaveState) => void;
}

/**
 * Owns one project file through lowdb: validates and migrates on read, saves atomically
 * (steno writes a temp file beside the target, then renames it), debounced and coalesced.
 */
export class ProjectStore {
  #db: Low<Project>;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #pendingWrite: Promise<void> | null = null;
  #dirty = false;
  #saveState: SaveState = { state: 'saved' };
  readonly #debounceMs: number;
  readonly #onSaveState: (state: SaveState) => void;

  private constructor(
    readonly path: string,
    db: Low<Project>,
    options: ProjectStoreOptions,
    /** Format version of the file as it was read (lower than current when migrated). */
    readonly fileVersion: number,
  ) {
    this.#db = db;
    this.#debounceMs = options.debounceMs ?? SAVE_DEBOUNCE_MS;
    this.#onSaveState = options.onSaveState ?? (() => {});
  }

  /** Opens and validates an existing project file; throws ProjectFileError and never writes to a bad file. */
  static async open(path: string, options: ProjectStoreOptions = {}): Promise<ProjectStore> {
    await assertReadableFile(path);
    let fileVersion = 0;
    const db = new Low<Project>(
      createAdapter(path, (v) => (fileVersion = v)),
      null as unknown as Project,
    );
    try {
      await db.read();
    } catch (error) {
      if (error instanceof ProjectFileError) throw error;
      throw new ProjectFileError(path, `the file could not be read (${(error as Error).message})`);
    }
    return new ProjectStore(path, db, options, fileVersion);
  }

  /** Writes a new project file at `path` at once and returns its store. */
  static async create(path: string, project: Project, options: ProjectStoreOptions = {}): Promise<ProjectStore> {
    const db = new Low<Project>(
      createAdapter(path, () => {}),
      project,
    );
    await db.write();
    return new ProjectStore(path, db, options, project.version);
  }

  get project(): Project {
    return this.#db.data;
  }

  get saveState(): SaveState {
    return this.#saveState;
  }

  /** Records that the project changed; the save follows after the debounce, off the caller's path. */
  markChanged(now: Date = new Date()): void {
    this.#db.data.updatedAt = now.toISOString();
    this.#dirty = true;
    this.#setSaveState({ state: 'saving' });
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.flush().catch(() => {});
    }, this.#debounceMs);
  }

  /** Writes any pending change now; resolves when the file on disk holds it. */
  async flush(): Promise<void> {
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    while (this.#dirty || this.#pendingWrite) {
      if (this.#pendingWrite) {
        await this.#pendingWrite.catch(() => {});
        continue;
      }
      this.#dirty = false;
      this.#pendingWrite = this.#db.write();
      try {
        await this.#pendingWrite;
        if (!this.#dirty) this.#setSaveState({ state: 'saved' });
      } catch (error) {
        this.#dirty = true;
        const message = `Could not save ${this.path}: ${(error as Error).message}`;
        this.#setSaveState({ state: 'error', message });
        throw new ProjectFileError(this.path, `it could not be saved (${(error as Error).message})`);
      } finally {
        this.#pendingWrite = null;
      }
    }
  }

  /** Writes the current project to another file and returns a store that owns it. */
  async saveAs(path: string): Promise<ProjectStore> {
    await this.flush();
    return ProjectStore.create(path, this.#db.data, { debounceMs: this.#debounceMs, onSaveState: this.#onSaveState });
  }

  #setSaveState(state: SaveState): void {
    if (state.state === this.#saveState.state && state.state !== 'error') return;
    this.#saveState = state;
    this.#onSaveState(state);
  }
}

function createAdapter(path: string, onVersion: (version: number) => void): DataFile<Project> {
  return new DataFile<Project>(path, {
    parse: (text) => {
      const { project, fileVersion } = parseProjectFile(text, path);
      onVersion(fileVersion);
      return project;
    },
    stringify: (project) => JSON.stringify(project),
  });
}

async function assertReadableFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem =
      code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code ?? 'unknown error'})`;
    throw new ProjectFileError(path, problem);
  }
  if (!info.isFile()) throw new ProjectFileError(path, 'it is a folder, not a project file');
  if (info.size === 0) throw new ProjectFileError(path, 'the file is empty; it may have been damaged');
}
