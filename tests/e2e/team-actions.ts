import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Opens Merge projects… from the toolbar and picks `files` in the page's file chooser, by keyboard. */
export async function mergeByKeyboard(page: Page, files: { name: string; buffer: Buffer }[]) {
  await page.getByRole('button', { name: 'Merge projects…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Merge projects' });
  await expect(dialog).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose project files…' }).focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(files.map((f) => ({ ...f, mimeType: 'application/json' })));
  return dialog;
}

/** The annotators' copies in `dir` (`NAME.tagwright`, as tests/support/team-files.ts makes them), as files to pick. */
export const annotatorCopies = (dir: string, annotators: readonly string[]) =>
  Promise.all(
    annotators.map(async (a) => ({ name: `${a}.tagwright`, buffer: await readFile(join(dir, `${a}.tagwright`)) })),
  );
