import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { documentTextSelector } from './workspace-actions';

/** The suggestions panel's list and its rows. */
export const suggestionList = (page: Page): Locator => page.getByRole('list', { name: 'Suggestions in text order' });
export const suggestionRows = (page: Page): Locator => suggestionList(page).getByRole('listitem');

/** The suggestions drawn in the document's text (dashed outlines). */
export const drawnSuggestions = (page: Page): Locator => page.locator(`${documentTextSelector} [data-suggestion-id]`);

/** The id of the suggestion row that has keyboard focus, or null. */
export const focusedSuggestionId = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.getAttribute('data-suggestion-row') ?? null);

/** The accessible name of the focused suggestion row ("“Hajizada”, suggested Actor"), or ''. */
const focusedRowName = (page: Page): Promise<string> =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/**
 * Presses Tab until a suggestion row has the focus, as a keyboard user reaches the list (one Tab
 * stop); fails after `most` presses. Each press waits for focus to have moved.
 */
export async function tabToSuggestions(page: Page, most = 60): Promise<void> {
  for (let i = 0; i < most; i++) {
    if (await focusedSuggestionId(page)) return;
    const before = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? '');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200) ?? ''))
      .not.toBe(before);
  }
  throw new Error(`no suggestion row took the focus after ${most} presses of Tab`);
}

/**
 * Presses ArrowDown from the focused row until the focused one's name matches `name` and its row
 * holds `rowText` (when given); fails at the end of the list.
 */
export async function arrowToSuggestion(page: Page, name: RegExp, rowText?: string): Promise<string> {
  const ids = await suggestionList(page)
    .locator('[data-suggestion-row]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-suggestion-row')));
  for (;;) {
    const id = await focusedSuggestionId(page);
    if (id && name.test(await focusedRowName(page))) {
      const row = suggestionList(page).locator('li', { has: page.locator(`[data-suggestion-row="${id}"]`) });
      if (!rowText || (await row.textContent())?.includes(rowText)) return id;
    }
    if (id === null || id === ids[ids.length - 1])
      throw new Error(`no suggestion named ${String(name)} after the focused one`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusedSuggestionId(page)).not.toBe(id);
  }
}
