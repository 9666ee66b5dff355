import type { Locator, Page } from '@playwright/test';

/** The schema editor dialog. */
export const schemaEditor = (page: Page): Locator => page.getByRole('dialog', { name: 'Schema' });

/**
 * Presses Tab (Shift+Tab with `backwards`) until `target` has the focus, as a keyboard user
 * moves through a form; fails after `most` presses.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, most = 80 } = {}): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target.toString()} did not take the focus after ${most} presses of Tab`);
}

/** Replaces a focused text field's content by typing. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
}
