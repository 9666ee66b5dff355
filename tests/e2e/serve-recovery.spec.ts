import { expect, test, type Page } from '@playwright/test';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { takeBackup } from '../../main/store/project-backups';
import { ProjectLock, lockPathOf } from '../../main/store/project-lock';
import { ProjectStore } from '../../main/store/project-store';
import { anotherComputersLock, writeLockFile } from '../support/lock-fixtures';
import { smallProject } from '../support/project-fixtures';
import { servedAddress, spawnServe } from './serve-process';

// `tagwright serve P` where P is damaged or locked keeps running, and the page offers the way on.

/** Serves `tempDir/p.tagwright` (made by `prepare`) in a real `tagwright serve` child and opens its page. */
async function servePreparedProject(
  page: Page,
  prepare: (project: string) => Promise<void>,
  body: (project: string, child: ChildProcessWithoutNullStreams) => Promise<void>,
) {
  const tempDir = await mkdtemp(join(tmpdir(), 'tagwright-serve-recovery-'));
  const project = join(tempDir, 'p.tagwright');
  await ProjectStore.create(project, smallProject());
  await prepare(project);
  // Named on the command line: the page does not ask who is annotating before its recovery dialogs.
  const child = spawnServe(tempDir, [project, '--annotator', 'e2e']);
  try {
    await page.goto(await servedAddress(child));
    await body(project, child);
    child.kill('SIGINT');
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await rm(tempDir, { recursive: true, force: true });
  }
}

const documentItems = (page: Page) => page.getByRole('list', { name: 'Documents' }).getByRole('listitem');

test('a damaged project: the page offers its newest backup, and restoring it opens the project', async ({ page }) => {
  await servePreparedProject(
    page,
    async (project) => {
      await takeBackup(project, 'open');
      await writeFile(project, '{ "format": "tagwright-project", "version": 2, "documents": [ truncated');
    },
    async () => {
      const dialog = page.getByRole('dialog', { name: 'This project file is damaged' });
      await expect(dialog).toContainText('1 documents and 2 annotations');
      await dialog.getByRole('button', { name: 'Restore this backup' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(documentItems(page)).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).not.toContainText('Read-only');
    },
  );
});

test('a project another Tagwright here is editing: the page offers read-only, never a take-over', async ({ page }) => {
  let holder: ProjectLock | null = null;
  await servePreparedProject(
    page,
    async (project) => {
      holder = await ProjectLock.acquire(project, { appVersion: 'e2e' });
    },
    async () => {
      const dialog = page.getByRole('dialog', { name: 'This project is in use' });
      await expect(dialog).toContainText('is open for editing by');
      await expect(dialog.getByRole('button', { name: 'Take over the lock' })).toHaveCount(0);
      await dialog.getByRole('button', { name: 'Open read-only' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(documentItems(page)).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toContainText('Read-only');
    },
  );
  await holder!.release();
});

test("another computer's lock: the page offers to take it over, and then the project is ours to edit", async ({
  page,
}) => {
  await servePreparedProject(
    page,
    (project) => writeLockFile(project, anotherComputersLock()),
    async (project, child) => {
      const dialog = page.getByRole('dialog', { name: 'This project is in use' });
      await expect(dialog).toContainText('ann on lab-laptop');
      await dialog.getByRole('button', { name: 'Take over the lock' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(documentItems(page)).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).not.toContainText('Read-only');
      expect(JSON.parse(await readFile(lockPathOf(project), 'utf8')).pid).toBe(child.pid);
    },
  );
});
