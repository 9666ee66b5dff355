import { PROJECT_VERSION } from '../../shared/model';

/** One step lifting a raw project of version N to N + 1. */
export type MigrationStep = (raw: Record<string, unknown>) => Record<string, unknown>;

/** Migration steps keyed by the version they lift from. */
export type MigrationTable = Readonly<Record<number, MigrationStep>>;

/**
 * Steps that lift a raw project file of version N to N + 1, keyed by N. They see the project with
 * its annotations already read into one object each (parse-project-file.ts reads each version's
 * layout), so a step changes only what the data means. Each format change adds one step here and a
 * fixture file of the old version under tests/fixtures/projects/.
 */
export const PROJECT_MIGRATIONS: MigrationTable = {
  // Version 2 changed only how annotations are laid out in the file (column blocks per document,
  // see annotation-columns.ts), which the reader handles; the data itself is unchanged.
  1: (raw) => raw,
  // Version 3 remembers the suggestions rejected in each document; older files had none.
  2: (raw) => ({ ...raw, suggestionRejections: [] }),
};

/**
 * Brings a raw, already version-checked project object up to `toVersion` (the current version
 * unless a test runs its own table). Each step's result gets its version stamped.
 */
export function migrateProject(
  raw: Record<string, unknown>,
  fromVersion: number,
  migrations: MigrationTable = PROJECT_MIGRATIONS,
  toVersion: number = PROJECT_VERSION,
): Record<string, unknown> {
  let current = raw;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from format version ${v}`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}
