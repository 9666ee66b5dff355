import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { titleFromText } from '../../shared/text/document-title';
import { seedsDir } from './harness';
import { expect, test } from './serve-harness';

// sample-project.spec.ts over the browser-mode server: the page reaches main over HTTP and WebSocket.

async function seedTitles(): Promise<string[]> {
  const names = (await readdir(seedsDir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map(async (n) => titleFromText(await readFile(join(seedsDir, n), 'utf8'), n)));
}

test.describe('first launch in the browser', () => {
  test.use({ project: 'none' });

  test('offers the sample project and opens it with the five seed documents', async ({ workbench }) => {
    const { page } = workbench;
    await page.getByRole('button', { name: /sample project/i }).click();
    const list = page.getByRole('list', { name: 'Documents' });
    const titles = await seedTitles();
    expect(titles).toHaveLength(5);
    for (const title of titles) await expect(list.getByText(title, { exact: true })).toBeVisible();
    expect(workbench.service.projectPath).toBe(join(workbench.userDataDir, 'Sample project.tagwright'));
    const saved = await workbench.savedProject();
    expect(saved.documents.map((d) => d.title)).toEqual(titles);
    // The token left the address bar once the page had it in its cookie.
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
  });
});

test('the sample project fixture shows the five seed titles in the browser', async ({ workbench }) => {
  const titles = await seedTitles();
  const list = workbench.page.getByRole('list', { name: 'Documents' });
  await expect(list.getByRole('listitem')).toHaveCount(5);
  for (const title of titles) await expect(list.getByText(title, { exact: true })).toBeVisible();
});
