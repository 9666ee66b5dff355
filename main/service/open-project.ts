import type { ProjectSummary } from '../../shared/ipc/views';
import { TagwrightError } from '../../shared/ipc/result';
import type { ProjectLock } from '../store/project-lock';
import type { ProjectStore } from '../store/project-store';
import { ProjectModel } from './project-model';

/**
 * The project that is open: its store (the file), its lock (null when read-only), and its model,
 * which owns what is in it and is the only thing that changes it (project-model.ts).
 */
export class OpenProject {
  readonly model: ProjectModel;
  /** When the last backup of this file was taken (ms since the epoch). */
  lastBackupAt = Date.now();

  constructor(
    readonly store: ProjectStore,
    readonly lock: ProjectLock | null,
    now: () => Date = () => new Date(),
  ) {
    this.model = new ProjectModel(store, now);
  }

  /** For every call that changes the project: a read-only project refuses before anything changes. */
  assertWritable(): this {
    if (this.store.readOnly) {
      throw new TagwrightError(
        'conflict',
        `${this.store.path} is open read-only because another Tagwright is editing it; changes are not possible here.`,
      );
    }
    return this;
  }

  summary(): ProjectSummary {
    const { id, name, schema } = this.model.project;
    const counts = this.model.counts();
    return {
      id,
      name,
      path: this.store.path,
      schema,
      documentCount: counts.documents,
      annotationCount: counts.annotations,
      readOnly: this.store.readOnly,
    };
  }
}
