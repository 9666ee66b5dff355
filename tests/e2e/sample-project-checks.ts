import { expect, type Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { titleFromText } from '../../shared/text/document-title';
import type { Project } from '../../shared/model';
import { seedsDir } from './harness';

/** The seed texts' titles, in file order: what the sample project must list. */
export async function seedTitles(): Promise<string[]> {
  const names = (await readdir(seedsDir)).filter((n) => n.endsWith('.txt')).sort();
  return Promise.all(names.map(async (n) => titleFromText(await readFile(join(seedsDir, n), 'utf8'), n)));
}

/** The same sample-project checks for both transports (page bridge and browser-mode server). */
export const sampleProjectChecks = {
  /** On first launch the page offers the sample; it opens from the user data folder with the five seeds. */
  async offeredAndOpened(workbench: {
    page: Page;
    userDataDir: string;
    service: { projectPath: string | null };
    savedProject(): Promise<Project>;
  }): Promise<void> {
    const { page } = workbench;
    await page.getByRole('button', { name: /sample project/i }).click();
    const list = page.getByRole('list', { name: 'Documents' });
    const titles = await seedTitles();
    expect(titles).toHaveLength(5);
    for (const title of titles) await expect(list.getByText(title, { exact: true })).toBeVisible();
    // The sample lives in the user data folder, not in the app's own folder.
    expect(workbench.service.projectPath).toBe(join(workbench.userDataDir, 'Sample project.tagwright'));
    const saved = await workbench.savedProject();
    expect(saved.documents.map((d) => d.title)).toEqual(titles);
  },

  /** A workbench opened on the sample lists exactly the five seed titles. */
  async listsSeedTitles(page: Page): Promise<void> {
    const titles = await seedTitles();
    const list = page.getByRole('list', { name: 'Documents' });
    await expect(list.getByRole('listitem')).toHaveCount(5);
    for (const title of titles) await expect(list.getByText(title, { exact: true })).toBeVisible();
  },
};
