import { PROJECT_VERSION } from '../../shared/model';

/**
 * Steps that lift a raw project file of version N to N + 1, keyed by N.
 * Version 1 is the first released format, so there are none yet; each future format change adds
 * one step here and a fixture file of the old version under tests/fixtures/projects/.
 */
const migrations: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {};

/** Brings a raw, already version-checked project object up to the current version. */
export function migrateProject(raw: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = raw;
  for (let v = fromVersion; v < PROJECT_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from format version ${v}`);
    current = { ...step(current), version: v + 1 };
  }
  return current;
}
