import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ProjectStore } from '../../../../main/store/project-store';
import type { SaveState } from '../../../../shared/ipc/views';
import { smallProject } from '../../../support/project-fixtures';
import { useTempDirs } from '../../../support/temp-dir';

/** The disk as the save path sees it: while `full`, writes into temp files stop part-way with ENOSPC. */
const disk = vi.hoisted(() => ({ full: false, failedWrites: 0 }));

// Node's fs is faked, not our code: a temp file's write puts down a few bytes and then fails the
// way a full disk makes it fail, so the partial temp file is really on disk when the error comes.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args);
    if (!disk.full || !String(args[0]).endsWith('.tmp')) return handle;
    const write = handle.write.bind(handle);
    const fail = async (bytes: Uint8Array) => {
      await write(bytes.subarray(0, 16));
      disk.failedWrites += 1;
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    };
    return Object.assign(handle, { write: fail, writeFile: fail });
  };
  return { ...real, open, default: { ...real, open } };
});

const tempDir = useTempDirs();

describe('a save on a full disk', () => {
  it('removes its temp file, reports the error, and retries with backoff until space returns, with no new edit', async () => {
    const dir = await tempDir();
    const path = join(dir, 'p.tagwright');
    const states: SaveState[] = [];
    const store = await ProjectStore.create(path, smallProject(), { onSaveState: (s) => states.push(s) });
    const before = await readFile(path, 'utf8');

    disk.full = true;
    store.project.name = 'Kept through a full disk';
    store.markChanged();
    const errors = () => states.filter((s) => s.state === 'error');
    await vi.waitFor(() => expect(errors()).toHaveLength(1), { timeout: 5000, interval: 20 });
    expect(errors()[0]).toMatchObject({ message: expect.stringContaining(path) });
    expect(errors()[0]).toMatchObject({ message: expect.stringMatching(/no space left.*trying again in 1 s/) });
    // The partial temp file is gone, and the project file is as it was.
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await readFile(path, 'utf8')).toBe(before);

    // The retry comes by itself, fails again, and waits longer next time.
    await vi.waitFor(() => expect(errors()).toHaveLength(2), { timeout: 5000, interval: 20 });
    expect(errors()[1]).toMatchObject({ message: expect.stringMatching(/trying again in 2 s/) });
    expect(disk.failedWrites).toBe(2);
    expect(store.saveState.state).toBe('error');

    disk.full = false;
    await vi.waitFor(() => expect(store.saveState.state).toBe('saved'), { timeout: 5000, interval: 20 });
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('Kept through a full disk');
    expect(await readdir(dir)).toEqual(['p.tagwright']);
    store.close();
  }, 15_000);
});
