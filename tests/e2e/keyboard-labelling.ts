import type { Page } from '@playwright/test';
import type { TagwrightDocument } from '../../shared/model';
import { expect } from './harness';
import { annotationRows } from './workspace-actions';

/** The search view (Ctrl+Shift+F). */
export const searchView = (page: Page) => page.getByRole('region', { name: 'Search the corpus' });

/**
 * Selects a passage of `document` with the keyboard alone: the search view's key, the passage
 * typed, Enter, arrows to its hit, Enter shows it in its document (opening it) selected. The
 * passage is its first one, or the first followed by `followedBy`. (Walking the caret there with
 * arrows could lose a step when the suggestions redraw meanwhile; the search selects the span itself.)
 */
export async function selectByKeyboardSearch(
  page: Page,
  document: Pick<TagwrightDocument, 'title' | 'text'>,
  quote: string,
  followedBy = '',
): Promise<void> {
  const text = document.text.toLowerCase();
  // Its place among the document's hits (the search ignores case), in text order.
  const nth = text.slice(0, text.indexOf(`${quote}${followedBy}`.toLowerCase())).split(quote.toLowerCase()).length - 1;
  await page.keyboard.press('Control+Shift+F');
  const box = searchView(page).getByRole('textbox', { name: /to search for/ });
  await expect(box).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(quote);
  await page.keyboard.press('Enter');
  // Every hit listed is of this search (the list of the one before is gone).
  const rows = searchView(page).getByRole('listbox', { name: 'Hits in context' }).getByRole('option');
  await expect
    .poll(async () => [...new Set((await rows.locator('mark').allTextContents()).map((t) => t.toLowerCase()))])
    .toEqual([quote.toLowerCase()]);
  const titles = await rows.locator('.concordance-document').allTextContents();
  const row = titles.map((t, i) => (t === document.title ? i : -1)).filter((i) => i >= 0)[nth]!;
  // From the query to the hits, where the active hit may be the one of the search before.
  await page.keyboard.press('ArrowDown');
  const active = await rows.evaluateAll((list) => list.findIndex((r) => r.classList.contains('is-active')));
  for (let i = active; i < row; i++) await page.keyboard.press('ArrowDown');
  for (let i = active; i > row; i--) await page.keyboard.press('ArrowUp');
  await expect(rows.nth(row)).toHaveClass(/is-active/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: document.title, exact: true })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(quote);
}

/** Selects a passage as selectByKeyboardSearch does, then labels it with `key`; waits for its new row. */
export async function labelByKeyboard(
  page: Page,
  document: Pick<TagwrightDocument, 'title' | 'text'>,
  quote: string,
  key: string,
  followedBy = '',
): Promise<void> {
  await selectByKeyboardSearch(page, document, quote, followedBy);
  // Counted once the document is shown: the search may have opened another one.
  const before = await annotationRows(page).count();
  await page.keyboard.press(key);
  await expect(annotationRows(page)).toHaveCount(before + 1);
}
