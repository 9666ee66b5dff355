import { writeFile } from 'node:fs/promises';
import { lockPathOf } from '../../main/store/project-lock';
import type { ProjectLockInfo } from '../../shared/ipc/views';

/** The lock a Tagwright on another computer (ann's, on lab-laptop) holds, refreshed just now. */
export function anotherComputersLock(): ProjectLockInfo {
  return {
    host: 'lab-laptop',
    pid: 4242,
    user: 'ann',
    time: new Date().toISOString(),
    appVersion: '0.1.0',
    token: 'theirs',
  };
}

/** Writes `holder`'s lock file beside the project, as that Tagwright would have. */
export async function writeLockFile(projectPath: string, holder: ProjectLockInfo): Promise<void> {
  await writeFile(lockPathOf(projectPath), JSON.stringify(holder));
}
