import { expect, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './axe-findings';

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

/** Gives the label open in the editor a new name and guideline, moving between its fields with Tab. */
export async function renameWithGuideline(page: Page, name: string, guideline: string): Promise<void> {
  const editor = schemaEditor(page);
  await tabTo(page, editor.getByRole('textbox', { name: 'Name', exact: true }));
  await retype(page, name);
  await tabTo(page, editor.getByRole('textbox', { name: 'Guideline' }));
  await retype(page, guideline);
}

/** Adds an attribute called `name` to the label open in the editor; returns its fields, the focus on its Type. */
export async function addAttribute(page: Page, name: string): Promise<Locator> {
  const editor = schemaEditor(page);
  await tabTo(page, editor.getByRole('button', { name: 'Add attribute' }));
  await page.keyboard.press('Enter');
  const attribute = editor.getByRole('group', { name: 'attribute', exact: true });
  await expect(attribute.getByRole('textbox', { name: 'Attribute name' })).toBeFocused();
  await retype(page, name);
  await page.keyboard.press('Tab');
  const added = editor.getByRole('group', { name, exact: true });
  await expect(added.getByRole('combobox', { name: 'Type', exact: true })).toBeFocused();
  return added;
}

/**
 * Opens a modal dialog with `show` (which waits for what it shows), expects no serious axe
 * findings, closes it with Escape; then the same in the dark theme. The theme button is behind
 * the modal, so the dialog is closed and shown again.
 */
export async function expectDialogAxeCleanInBothThemes(page: Page, dialog: Locator, show: () => Promise<void>) {
  for (const theme of ['light', 'dark']) {
    await show();
    expect(await seriousViolations(page), `${theme} theme`).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    if (theme === 'light') {
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    }
  }
}
