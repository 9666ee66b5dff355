import { join } from 'node:path';
import { expect, test } from './serve-harness';

// Browser mode's stand-ins for the file dialogs: the projects folder, the list of project files, upload.

test.use({ project: 'none' });

test('creates a project in the projects folder, imports by upload, reopens it from the list', async ({ workbench }) => {
  const { page, projectsDir } = workbench;
  await page.getByLabel('Project name').fill('Field notes');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByRole('heading', { name: 'Field notes' })).toBeVisible();
  const path = join(projectsDir, 'Field notes.tagwright');
  expect(workbench.service.projectPath).toBe(path);

  // Import: the page's own file picker, the bytes uploaded through importDocumentFiles.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import documents…' }).click();
  await (
    await chooser
  ).setFiles({ name: 'interview.txt', mimeType: 'text/plain', buffer: Buffer.from('Mines were cleared in 2019.\n') });
  const list = page.getByRole('list', { name: 'Documents' });
  await expect(list.getByText('Mines were cleared in 2019.')).toBeVisible();
  await expect
    .poll(async () => (await workbench.savedProject()).documents.map((d) => d.text))
    .toEqual(['Mines were cleared in 2019.\n']);

  await page.getByRole('button', { name: 'Close project' }).click();
  await page.getByRole('button', { name: 'Open a project…' }).click();
  const files = page.getByRole('list', { name: 'Project files' });
  await files.getByRole('button', { name: 'Field notes' }).click();
  await expect(page.getByRole('heading', { name: 'Field notes' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
});
