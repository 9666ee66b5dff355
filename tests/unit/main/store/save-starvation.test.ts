import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useChildScript } from '../../../support/child-script';
import { ProjectStore } from '../../../../main/store/project-store';
import { smallProject } from '../../../support/project-fixtures';
import { readSavedProject } from '../../../support/project-file-text';

// The real ProjectService in a child process, editing faster than the debounce until it is killed.
// What is checked are states (saves seen in the file while the edits go on, what the file holds
// after the kill), never durations: a busy machine makes the test slower, not red. When a save
// starts (at most 500 ms after the first unsaved change) is proven on a fake clock in
// save-schedule.test.ts.

/** Edits come faster than the 300 ms debounce, so a debounce without a cap would never save while they do. */
const EDIT_INTERVAL_MS = 50;

// The child runs the real ProjectService under plain Node, creating an annotation every interval.
const editStream = useChildScript('tests/fixtures/crash/edit-stream.ts');

/** Starts the editing child over `projectPath`; `acknowledged` fills with the ids it reports, in order. */
async function startEditing(projectPath: string, userDataDir: string) {
  const running = editStream.start([projectPath, userDataDir, String(EDIT_INTERVAL_MS)]);
  const child = running.process;
  const acknowledged: string[] = [];
  let onReady!: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  running.onLine((line) => {
    if (line === 'ready') onReady();
    else if (line.startsWith('ack ')) acknowledged.push(line.slice(4));
  });
  const killed = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`child exited by itself (${code}): ${running.stderr()}`)),
    );
  });
  await Promise.race([ready, killed]);
  return {
    acknowledged,
    /** SIGKILLs the child and resolves once it is gone (its last acknowledgements read). */
    kill: () => {
      child.kill('SIGKILL');
      return killed;
    },
  };
}

/** The acknowledged ids the project file holds now (the fixture's own annotations left out). */
async function acknowledgedOnDisk(path: string, acknowledged: readonly string[]): Promise<string[]> {
  const onDisk = new Set((await readSavedProject(path)).annotations.map((a) => a.id));
  return acknowledged.filter((id) => onDisk.has(id));
}

describe('saves are never starved by a steady stream of edits', () => {
  it.each([1, 2, 3])(
    `with a change every ${EDIT_INTERVAL_MS} ms, saves land while the edits go on; SIGKILLed after %i of them, the file misses nothing acknowledged before its newest change`,
    async (savesBeforeKill) => {
      const dir = join(editStream.workDir, `run-${savesBeforeKill}`);
      await mkdir(dir, { recursive: true });
      const path = join(dir, 'stream.tagwright');
      await ProjectStore.create(path, smallProject());
      const editing = await startEditing(path, join(dir, 'user-data'));

      // Each time the file holds more acknowledged changes, a save landed: edits never paused for it.
      let saves = 0;
      let seenOnDisk = 0;
      try {
        await vi.waitFor(
          async () => {
            const onDisk = (await acknowledgedOnDisk(path, editing.acknowledged)).length;
            if (onDisk > seenOnDisk) {
              saves += 1;
              seenOnDisk = onDisk;
            }
            expect(saves, 'saves seen while a change kept coming every 50 ms').toBeGreaterThanOrEqual(savesBeforeKill);
          },
          { timeout: 15_000, interval: 20 },
        );
      } finally {
        await editing.kill();
      }

      const { acknowledged } = editing;
      const onDisk = new Set(await acknowledgedOnDisk(path, acknowledged));
      expect(onDisk.size).toBeGreaterThanOrEqual(seenOnDisk);
      const newest = acknowledged.findLastIndex((id) => onDisk.has(id));
      const missing = acknowledged.slice(0, newest + 1).filter((id) => !onDisk.has(id));
      expect(missing, 'acknowledged before the newest change in the file, yet not in it').toEqual([]);
    },
    30_000,
  );
});
