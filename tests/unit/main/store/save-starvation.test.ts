import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForChildProcess } from '../../../support/bundle-for-child-process';
import { ProjectStore } from '../../../../main/store/project-store';
import { smallProject } from '../../../support/project-fixtures';
import { readSavedProject } from '../../../support/project-file-text';

/** The promise docs/reliability.md makes: an acknowledged change is on disk this soon, whatever the input rate. */
const ON_DISK_WITHIN_MS = 1000;
/** Edits come faster than the 300 ms debounce, so a debounce without a cap would never save. */
const EDIT_INTERVAL_MS = 50;
const KILL_AFTER_MS = [1800, 2600, 3400];

let workDir: string;
let childScript: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'tagwright-starve-'));
  // The child runs the real ProjectService under plain Node: bundle it with its dependencies inlined.
  childScript = await bundleForChildProcess('tests/fixtures/crash/edit-stream.ts', join(workDir, 'bundle'));
}, 120_000);

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

interface Acknowledged {
  id: string;
  /** When this process read the acknowledgement: never earlier than the child gave it. */
  at: number;
}

/** Runs the editing child over `projectPath`, SIGKILLs it `killAfterMs` after it is ready, and returns what it acknowledged. */
function editThenKill(projectPath: string, userDataDir: string, killAfterMs: number) {
  return new Promise<{ acknowledged: Acknowledged[]; killedAt: number }>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [childScript, projectPath, userDataDir, String(EDIT_INTERVAL_MS)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: Acknowledged[] = [];
    let killedAt = 0;
    let buffered = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const now = Date.now();
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') {
          setTimeout(() => {
            killedAt = Date.now();
            child.kill('SIGKILL');
          }, killAfterMs);
        } else if (line.startsWith('ack ') && killedAt === 0) acknowledged.push({ id: line.slice(4), at: now });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`child exited by itself (${code}): ${stderr}`));
      else resolvePromise({ acknowledged, killedAt });
    });
  });
}

describe('saves are never starved by a steady stream of edits', () => {
  it.each(KILL_AFTER_MS)(
    `every change acknowledged more than ${ON_DISK_WITHIN_MS} ms before a SIGKILL at %i ms is in the file`,
    async (killAfterMs) => {
      const dir = join(workDir, `run-${killAfterMs}`);
      await mkdir(dir, { recursive: true });
      const path = join(dir, 'stream.tagwright');
      await ProjectStore.create(path, smallProject());

      const { acknowledged, killedAt } = await editThenKill(path, join(dir, 'user-data'), killAfterMs);

      const onDisk = new Set((await readSavedProject(path)).annotations.map((a) => a.id));
      const due = acknowledged.filter((a) => a.at < killedAt - ON_DISK_WITHIN_MS);
      // The stream really ran past the bound, or the test would prove nothing.
      expect(due.length).toBeGreaterThan(5);
      const missing = due.filter((a) => !onDisk.has(a.id)).map((a) => a.id);
      expect(missing, `acknowledged more than ${ON_DISK_WITHIN_MS} ms before the kill, not in the file`).toEqual([]);
    },
    30_000,
  );
});
