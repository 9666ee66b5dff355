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
