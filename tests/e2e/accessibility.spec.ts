import { expectNoSeriousViolationsInBothThemes, seriousViolations } from './axe-findings';
import { expect, test } from './harness';
import { suggestionRows, tabToSuggestions } from './suggestion-actions';
import { labelPassage, openExportDialog, openFirstDocument, selectByMouse, sendMainEvent } from './workspace-actions';

test.describe('welcome screen', () => {
  test.use({ project: 'none' });

  test('has no serious or critical axe violations, in both themes', async ({ workbench }) => {
    const { page } = workbench;
    await expect(page.getByRole('button', { name: 'Open the sample project' })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expectNoSeriousViolationsInBothThemes(page);
  });
});

test('the workspace with a document open has no serious or critical axe violations, in both themes', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, 'only 25 percent accurate', 'f');
  await labelPassage(page, 'Aykhan Hajizada', 'a');
  await page.keyboard.press('Enter');
  await page.keyboard.type('A note');
  await page.keyboard.press('Control+Enter');
  await selectByMouse(page, 'Envoy magazine'); // the label menu is open too

  for (const landmark of ['banner', 'navigation', 'main', 'complementary', 'contentinfo'] as const) {
    await expect(page.getByRole(landmark).first()).toBeVisible();
  }
  await expectNoSeriousViolationsInBothThemes(page);
});

test('the search view, with hits, a selection and what labelling did, has no serious or critical axe violations, in both themes', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await page.getByRole('button', { name: /^Search…/ }).click();
  const view = page.getByRole('region', { name: 'Search the corpus' });
  await view.getByRole('textbox', { name: 'Text to search for' }).fill('Hajizada');
  await view.getByRole('textbox', { name: 'Text to search for' }).press('Enter');
  const hits = view.getByRole('listbox', { name: 'Hits in context' });
  await expect(hits.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('a');
  await expect(view.getByRole('status').first()).toContainText('Labelled 1 hit as Actor.');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(hits.getByRole('option', { selected: true })).toHaveCount(2);
  await expectNoSeriousViolationsInBothThemes(page);
});

test('the about and restore-from-backup dialogs have no serious or critical axe violations', async ({ workbench }) => {
  const { page } = workbench;
  await page.getByRole('button', { name: 'About' }).click();
  await expect(page.getByRole('dialog', { name: 'About Tagwright' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await sendMainEvent(workbench, 'menuCommand', { command: 'restore-backup' });
  const restore = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(restore).toBeVisible();
  await expect(restore.getByText(/Looking for backups/)).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the export dialog, its form and its summary, has no serious or critical axe violations, in both themes', async ({
  workbench,
}) => {
  const { page, dialogs } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, 'only 25 percent accurate', 'f');
  const dialog = await openExportDialog(page);
  await expect(dialog.getByRole('checkbox', { name: 'Claim' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // CoNLL, so the summary lists what the format could not carry.
  dialogs.exportDestination = `${workbench.tempDir}/corpus.conll`;
  await dialog.getByLabel('Format').selectOption({ label: 'CoNLL IOB2 (one column per label)' });
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('status')).toContainText('Exported 5 documents');
  await expect(dialog.getByRole('list', { name: /^Not carried by CoNLL/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openExportDialog(page);
  await expect(dialog.getByRole('checkbox', { name: 'Claim' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the suggestions, drawn and listed with one focused, and their settings have no serious or critical axe violations, in both themes', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, 'Hajizada', 'a'); // the memory suggests it elsewhere too
  await expect(suggestionRows(page).filter({ hasText: 'Labelled so elsewhere' }).first()).toBeVisible();
  await tabToSuggestions(page); // the focused one is outlined in the text as well
  const settings = page.getByRole('dialog', { name: 'Suggestion settings' });
  for (const theme of ['light', 'dark'] as const) {
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await seriousViolations(page), `${theme} theme`).toEqual([]);
    await page.getByRole('button', { name: 'Suggestion settings…' }).click();
    await expect(settings).toBeVisible();
    expect(await seriousViolations(page), `${theme} theme, settings`).toEqual([]);
    await settings.getByRole('button', { name: 'Done' }).click();
    await expect(settings).toBeHidden();
    if (theme === 'light') await page.getByRole('button', { name: 'Dark theme' }).click();
  }
});
