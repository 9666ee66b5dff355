import { readFile, rm, writeFile } from 'node:fs/promises';
import { backupFolderOf } from '../../main/store/project-backups';
import { expect, test } from './harness';
import { sendMainEvent, whileAnotherTagwrightHoldsIt } from './workspace-actions';

test('a damaged project file offers its newest backup, and restoring it opens the project', async ({ workbench }) => {
  const { page } = workbench;
  const path = workbench.projectPath!;
  await workbench.restart(); // opening an existing project takes a backup
  await page.getByRole('button', { name: 'Close project' }).click();
  await writeFile(path, '{ "format": "tagwright-project", "version": 1, "documents": [ truncated');

  workbench.dialogs.projectToOpen = path;
  await page.getByRole('button', { name: 'Open a project…' }).click();
  const dialog = page.getByRole('dialog', { name: 'This project file is damaged' });
  await expect(dialog).toContainText('Sample project');
  await expect(dialog).toContainText('5 documents');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(5);
  await expect(page.getByRole('alert')).toBeEmpty();
  expect((await workbench.savedProject()).documents).toHaveLength(5);
});

test('a project another Tagwright holds can be opened read-only', async ({ workbench }) => {
  const { page } = workbench;
  await whileAnotherTagwrightHoldsIt(workbench, async () => {
    await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(5);
    // Nothing offers an edit that main would refuse.
    await expect(page.getByRole('combobox', { name: /^Status of/ }).first()).toBeDisabled();
  });
});

test('a change on disk is announced and reloading shows it', async ({ workbench }) => {
  const { page } = workbench;
  const path = workbench.projectPath!;
  const project = JSON.parse(await readFile(path, 'utf8')) as { documents: { title: string }[] };
  project.documents[0]!.title = 'Retitled elsewhere';
  await writeFile(path, JSON.stringify(project));
  await sendMainEvent(workbench, 'projectChangedOnDisk', {
    path,
    reason: 'modified',
    message: 'The project file was changed by another program.',
  });
  const dialog = page.getByRole('dialog', { name: 'The project file changed' });
  await expect(dialog).toContainText('changed by another program');
  await dialog.getByRole('button', { name: 'Reload from disk' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(
    page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: 'Retitled elsewhere' }),
  ).toBeVisible();
});

test('File → Restore from Backup lists the backups and restores one', async ({ workbench }) => {
  const { page } = workbench;
  await workbench.restart(); // a backup on open
  await sendMainEvent(workbench, 'menuCommand', { command: 'restore-backup' });
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.getByRole('radio').first()).toBeChecked();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(5);
});

test('a backup that cannot be written is said in the status bar, not swallowed', async ({ workbench }) => {
  const { page } = workbench;
  const path = workbench.projectPath!;
  await page.getByRole('button', { name: 'Close project' }).click();
  // Something that is not a folder sits where the backups go (a sync tool's conflict copy, say).
  await rm(backupFolderOf(path), { recursive: true, force: true });
  await writeFile(backupFolderOf(path), 'not a folder');

  workbench.dialogs.projectToOpen = path;
  await page.getByRole('button', { name: 'Open a project…' }).click();
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(5);
  await expect(page.locator('.status-bar').getByRole('alert')).toContainText(
    'Backups of this project are not being written.',
  );
});
