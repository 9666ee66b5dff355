import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ProjectStore } from '../../../../main/store/project-store';
import type { ProjectOnDiskChange } from '../../../../shared/ipc/views';
import { smallProject } from '../../../support/project-fixtures';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

async function setup() {
  const path = join(await tempDir(), 'p.tagwright');
  await ProjectStore.create(path, smallProject());
  const changes: ProjectOnDiskChange[] = [];
  const store = await ProjectStore.open(path, { debounceMs: 10_000, onExternalChange: (c) => changes.push(c) });
  return { path, store, changes };
}

/** What another program (a sync client) writes: a valid project with another name. */
async function writeElsewhere(path: string, name: string): Promise<string> {
  const project = JSON.parse(await readFile(path, 'utf8')) as { name: string };
  project.name = name;
  const text = JSON.stringify(project);
  await writeFile(path, text);
  return text;
}

describe('external changes to the project file', () => {
  it('never overwrites a file changed by someone else: the save is refused and reported once', async () => {
    const { path, store, changes } = await setup();
    const theirs = await writeElsewhere(path, 'Their edit');
    store.project.name = 'My edit';
    store.markChanged();
    await expect(store.flush()).rejects.toMatchObject({ code: 'conflict' });
    expect(await readFile(path, 'utf8')).toBe(theirs);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ path, reason: 'modified' });
    expect(store.saveState).toMatchObject({ state: 'error' });
    // Later changes still do not reach the file, and no second report.
    store.markChanged();
    await expect(store.flush()).rejects.toMatchObject({ code: 'conflict' });
    expect(await readFile(path, 'utf8')).toBe(theirs);
    expect(changes).toHaveLength(1);
    // Save As still writes our version elsewhere.
    const copy = await store.saveAs(join(path, '..', 'mine.tagwright'));
    expect(JSON.parse(await readFile(copy.path, 'utf8')).name).toBe('My edit');
  });

  it('ignores a touch that changes the time but not the content', async () => {
    const { path, store, changes } = await setup();
    await utimes(path, new Date(), new Date(Date.now() + 5000));
    store.project.name = 'Mine';
    store.markChanged();
    await store.flush();
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('Mine');
    expect(changes).toEqual([]);
  });

  it('reports a removed file as deleted', async () => {
    const { path, store, changes } = await setup();
    await rm(path);
    expect(await store.checkDisk()).toMatchObject({ reason: 'deleted' });
    expect(changes.map((c) => c.reason)).toEqual(['deleted']);
  });

  it('the watcher notices a change without any save, and our own saves do not trigger it', async () => {
    const { path, store, changes } = await setup();
    store.watch(20);
    try {
      for (let i = 0; i < 5; i++) {
        store.project.name = `Mine ${i}`;
        store.markChanged();
        await store.flush();
        await new Promise((r) => setTimeout(r, 60));
      }
      expect(changes).toEqual([]);
      await writeElsewhere(path, 'Synced from another machine');
      await vi.waitFor(() => expect(changes).not.toHaveLength(0), { timeout: 15_000 });
      expect(changes.map((c) => c.reason)).toEqual(['modified']);
    } finally {
      store.close();
    }
  });

  it('a read-only store refuses changes and never writes', async () => {
    const path = join(await tempDir(), 'p.tagwright');
    await ProjectStore.create(path, smallProject());
    const before = await readFile(path);
    const store = await ProjectStore.open(path, { readOnly: true });
    expect(store.readOnly).toBe(true);
    expect(() => store.markChanged()).toThrow(/read-only/);
    await store.flush();
    expect(await readFile(path)).toEqual(before);
  });
});
