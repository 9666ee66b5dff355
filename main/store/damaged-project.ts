import { readFile, stat } from 'node:fs/promises';
import type { DamagedProjectRecovery } from '../../shared/ipc/views';
import { newestValidBackup } from './project-backups';
import { countStoredAnnotations } from './annotation-columns';

/** Largest damaged file whose JSON we still try to read for counts; bigger ones are not worth the wait. */
const MAX_INSPECTED_BYTES = 200 * 1024 * 1024;

/**
 * What the damaged-file dialog offers: the newest backup that opens, and what restoring it would
 * lose compared with the damaged file, as far as that file can still be read.
 */
export async function describeDamagedProject(projectPath: string, problem: string): Promise<DamagedProjectRecovery> {
  const found = await newestValidBackup(projectPath).catch(() => null);
  const info = await stat(projectPath).catch(() => null);
  return {
    projectPath,
    problem,
    backup: found?.backup ?? null,
    backupCounts: found
      ? { documents: found.project.documents.length, annotations: found.project.annotations.length }
      : null,
    damagedCounts: info && info.size <= MAX_INSPECTED_BYTES ? await countsInDamagedFile(projectPath) : null,
    damagedModifiedAt: info ? info.mtime.toISOString() : null,
  };
}

/** Counts documents and annotations in a file that is JSON but fails validation; null when not JSON. */
async function countsInDamagedFile(path: string): Promise<{ documents: number; annotations: number } | null> {
  try {
    const raw = JSON.parse(await readFile(path, 'utf8')) as {
      version?: unknown;
      documents?: unknown;
      annotations?: unknown;
    };
    if (!Array.isArray(raw.documents)) return null;
    // Version 1 kept one object per annotation; later versions keep column blocks.
    const annotations =
      raw.version === 1
        ? Array.isArray(raw.annotations)
          ? raw.annotations.length
          : null
        : countStoredAnnotations(raw.annotations);
    return annotations === null ? null : { documents: raw.documents.length, annotations };
  } catch {
    return null;
  }
}
