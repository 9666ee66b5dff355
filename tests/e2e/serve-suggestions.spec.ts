import type { Page } from '@playwright/test';
import type { Project } from '../../shared/model';
import { expect, test } from './serve-harness';
import {
  arrowToSuggestion,
  drawnSuggestions,
  focusedSuggestionId,
  suggestionRows,
  tabToSuggestions,
} from './suggestion-actions';
import { annotationRows, labelPassage, openDocumentByTitle } from './workspace-actions';

// Offline suggestions over the browser-mode server, as `tagwright serve` runs it: drawn dashed in
// the text, listed in the panel, accepted and rejected with the keys, saved only when accepted.

const MEMORY = 'Labelled so elsewhere in this project';

/** The sample's first two documents: both quote the spokesman Hajizada. */
async function sampleDocuments(workbench: { savedProject(): Promise<Project> }) {
  const [first, second] = (await workbench.savedProject()).documents;
  return { first: first!, second: second! };
}

/** Waits for the open document's suggestions to be listed and drawn. */
async function suggestionsShown(page: Page): Promise<void> {
  await expect(suggestionRows(page).first()).toBeVisible();
  await expect(drawnSuggestions(page).first()).toBeVisible();
}

/** Opens the sample's first document and waits for its suggestions; returns it. */
async function openFirstWithSuggestions(workbench: { page: Page; savedProject(): Promise<Project> }) {
  const { first } = await sampleDocuments(workbench);
  await openDocumentByTitle(workbench.page, first.title);
  await suggestionsShown(workbench.page);
  return first;
}

/** The span and label a suggestion id names (`start-end-label`). */
function spanOf(id: string): { start: number; end: number; label: string } {
  const [start, end, label] = id.split('-') as [string, string, string];
  return { start: Number(start), end: Number(end), label };
}

test('suggestions are drawn dashed, never saved; one labelled elsewhere comes from memory and Enter accepts it, keyboard only', async ({
  workbench,
}) => {
  const { page } = workbench;
  const { first, second } = await sampleDocuments(workbench);
  await openDocumentByTitle(page, second.title);
  await suggestionsShown(page);
  await expect(drawnSuggestions(page).first()).toHaveCSS('border-top-style', 'dashed');
  await expect(suggestionRows(page).filter({ hasText: MEMORY })).toHaveCount(0);
  expect((await workbench.savedProject()).annotations).toEqual([]);

  // Labelling "Hajizada" in the first document puts it in the project's memory.
  await openDocumentByTitle(page, first.title);
  await labelPassage(page, 'Hajizada', 'a');
  await openDocumentByTitle(page, second.title);
  await expect(suggestionRows(page).filter({ hasText: MEMORY }).first()).toBeVisible();
  await expect(
    drawnSuggestions(page)
      .filter({ hasText: /^Hajizada$/ })
      .first(),
  ).toBeVisible();

  await tabToSuggestions(page);
  const id = await arrowToSuggestion(page, /^“Hajizada”, suggested Actor$/, MEMORY);
  await page.keyboard.press('Enter');
  const { start, end } = spanOf(id);
  await expect
    .poll(async () =>
      (await workbench.savedProject()).annotations
        .filter((a) => a.documentId === second.id)
        .map((a) => [a.start, a.end, a.quote, a.label]),
    )
    .toEqual([[start, end, 'Hajizada', 'actor']]);
  // Accepted, it is an annotation (a highlight and a row), no longer a suggestion; the focus stays in the list.
  await expect(annotationRows(page)).toHaveCount(1);
  await expect(page.locator(`[data-suggestion-row="${id}"]`)).toHaveCount(0);
  await expect.poll(() => focusedSuggestionId(page)).not.toBeNull();
});

test('R rejects a suggestion: gone, saved in the project file, still gone after a restart; undo brings it back', async ({
  workbench,
}) => {
  const { page } = workbench;
  const first = await openFirstWithSuggestions(workbench);
  await tabToSuggestions(page);
  const id = await arrowToSuggestion(page, /^“Aykhan Hajizada”, suggested Actor$/);
  await page.keyboard.press('r');
  await expect(page.locator(`[data-suggestion-row="${id}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-suggestion-id="${id}"]`)).toHaveCount(0);
  const rejection = { documentId: first.id, ...spanOf(id) };
  await expect.poll(async () => (await workbench.savedProject()).suggestionRejections).toEqual([rejection]);
  expect((await workbench.savedProject()).annotations).toEqual([]);

  // Undo forgets the rejection (the list shows it again); rejected again, it stays gone after a restart.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await workbench.savedProject()).suggestionRejections).toEqual([]);
  await expect(page.locator(`[data-suggestion-row="${id}"]`)).toHaveCount(1);
  await page.locator(`[data-suggestion-row="${id}"]`).focus();
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await workbench.savedProject()).suggestionRejections).toEqual([rejection]);

  await workbench.restart();
  await openDocumentByTitle(page, first.title);
  await suggestionsShown(page);
  await expect(page.locator(`[data-suggestion-row="${id}"]`)).toHaveCount(0);
  await expect(page.locator(`[data-suggestion-id="${id}"]`)).toHaveCount(0);
});

test('Shift+A accepts every suggestion of the focused one’s label in one step, and one undo takes them all back', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstWithSuggestions(workbench);
  const figures = await page
    .locator('[data-suggestion-row$="-figure"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-suggestion-row')!));
  expect(figures.length).toBeGreaterThan(2);

  await tabToSuggestions(page);
  await arrowToSuggestion(page, /, suggested Figure$/);
  await page.keyboard.press('Shift+A');
  // Accepted, they are annotations (the memory may now suggest their strings elsewhere).
  for (const id of figures) await expect(page.locator(`[data-suggestion-row="${id}"]`)).toHaveCount(0);
  const saved = async () =>
    (await workbench.savedProject()).annotations
      .map((a) => `${a.start}-${a.end}-${a.label}`)
      .sort()
      .join(' ');
  await expect.poll(saved).toBe([...figures].sort().join(' '));
  const percent = (await workbench.savedProject()).annotations.find((a) => a.quote === '25%');
  expect(percent?.attributes).toEqual({ value: 0.25, unit: 'percent', kind: 'percentage', qualifier: 'exact' });
  await expect(annotationRows(page)).toHaveCount(figures.length);

  await page.keyboard.press('Control+z');
  await expect.poll(saved).toBe('');
  for (const id of figures) await expect(page.locator(`[data-suggestion-row="${id}"]`)).toHaveCount(1);
});

test('the settings choose the sources and the label each kind becomes; the suggestions follow at once', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstWithSuggestions(workbench);
  await expect(page.locator('[data-suggestion-row$="-event"]').first()).toBeVisible();

  await page.getByRole('button', { name: 'Suggestion settings…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Suggestion settings' });
  await dialog.getByRole('combobox', { name: 'Dates' }).selectOption({ label: 'Not suggested' });
  await dialog.getByRole('combobox', { name: 'Places' }).selectOption({ label: 'Event' });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(suggestionRows(page).filter({ hasText: 'Found in the text: dates' })).toHaveCount(0);
  await expect(suggestionRows(page).filter({ hasText: 'Found in the text: places' }).first()).toContainText('Event');

  await page.getByRole('button', { name: 'Suggestion settings…' }).click();
  await dialog.getByRole('checkbox', { name: /People, organisations, places/ }).uncheck();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('No suggestions in this document.')).toBeVisible();
  await expect(drawnSuggestions(page)).toHaveCount(0);
});
