import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import {
  annotationRows,
  clickInside,
  highlightedText,
  highlightLabels,
  labelPassage,
  openDocumentByTitle,
  openFirstDocument,
  savedAnnotations,
  selectByMouse,
} from './workspace-actions';

const FIGURE = 'only 25 percent accurate';
const ACTOR = 'Aykhan Hajizada';

const selectedRow = (page: Page) => annotationRows(page).filter({ has: page.locator('[aria-pressed="true"]') });

test('relabel, note, delete, undo and redo from the keyboard', async ({ workbench }) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, FIGURE, 'f');
  const [created] = await savedAnnotations(workbench);

  // Click the highlight: it is selected; a label key relabels it.
  await clickInside(page, FIGURE);
  await expect(selectedRow(page)).toContainText(FIGURE);
  await page.keyboard.press('a');
  await expect.poll(async () => (await savedAnnotations(workbench))[0]?.label).toBe('actor');
  await expect(
    annotationRows(page)
      .first()
      .getByRole('combobox', { name: /^Label of/ }),
  ).toHaveValue('actor');
  await expect.poll(() => highlightLabels(page, created!.id)).toEqual(['actor']);
  expect(await savedAnnotations(workbench)).toHaveLength(1);

  // Enter opens the note; Ctrl+Enter saves it.
  await page.keyboard.press('Enter');
  const note = page.getByRole('textbox', { name: `Note on “${FIGURE}”` });
  await expect(note).toBeFocused();
  await page.keyboard.type('Said in an interview with Envoy.');
  await page.keyboard.press('Control+Enter');
  await expect(note).toHaveCount(0);
  await expect(annotationRows(page).first()).toContainText('Said in an interview with Envoy.');
  await expect.poll(async () => (await savedAnnotations(workbench))[0]?.note).toBe('Said in an interview with Envoy.');

  // Delete removes the selected annotation.
  await page.keyboard.press('Delete');
  await expect(annotationRows(page)).toHaveCount(0);
  await expect.poll(() => savedAnnotations(workbench)).toHaveLength(0);
  expect(await highlightedText(page, created!.id)).toBe('');

  // Undo brings it back with its label and note; redo deletes it again; undo once more.
  await page.keyboard.press('Control+z');
  await expect(annotationRows(page)).toHaveCount(1);
  await expect.poll(() => highlightedText(page, created!.id)).toBe(FIGURE);
  expect(await savedAnnotations(workbench)).toMatchObject([
    { id: created!.id, label: 'actor', note: 'Said in an interview with Envoy.', quote: FIGURE },
  ]);
  await page.keyboard.press('Control+Shift+Z');
  await expect(annotationRows(page)).toHaveCount(0);
  await expect.poll(() => savedAnnotations(workbench)).toHaveLength(0);
  await page.keyboard.press('Control+z');
  await expect(annotationRows(page)).toHaveCount(1);
  await expect.poll(() => savedAnnotations(workbench)).toHaveLength(1);

  // Undo walks back through the note and the relabel too.
  await page.keyboard.press('Control+z');
  await expect(annotationRows(page).first()).not.toContainText('Said in an interview');
  await page.keyboard.press('Control+z');
  await expect(
    annotationRows(page)
      .first()
      .getByRole('combobox', { name: /^Label of/ }),
  ).toHaveValue('figure');
  await expect.poll(async () => (await savedAnnotations(workbench))[0]).toMatchObject({ label: 'figure', note: '' });
  // Ctrl+Y redoes the relabel.
  await page.keyboard.press('Control+y');
  await expect(
    annotationRows(page)
      .first()
      .getByRole('combobox', { name: /^Label of/ }),
  ).toHaveValue('actor');
  await expect.poll(async () => (await savedAnnotations(workbench))[0]?.label).toBe('actor');
});

test('the panel edits label and note in place, deletes, filters, and reveals', async ({ workbench }) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, FIGURE, 'f');
  await labelPassage(page, ACTOR, 'a');
  const rows = annotationRows(page);
  await expect(rows.nth(0)).toContainText(FIGURE);
  await expect(rows.nth(1)).toContainText(ACTOR);

  await page.getByRole('combobox', { name: `Label of “${FIGURE}”` }).selectOption('event');
  await expect
    .poll(async () => (await savedAnnotations(workbench)).find((a) => a.quote === FIGURE)?.label)
    .toBe('event');

  await page.getByRole('button', { name: `Add note on “${ACTOR}”` }).click();
  const note = page.getByRole('textbox', { name: `Note on “${ACTOR}”` });
  await note.fill('Spokesperson of the Foreign Ministry');
  await page.getByRole('searchbox', { name: 'Filter documents by title' }).click(); // leaving the field saves
  await expect(rows.nth(1)).toContainText('Spokesperson of the Foreign Ministry');
  await expect
    .poll(async () => (await savedAnnotations(workbench)).find((a) => a.quote === ACTOR)?.note)
    .toBe('Spokesperson of the Foreign Ministry');

  // Escape cancels an edit.
  await page.getByRole('button', { name: `Edit note on “${ACTOR}”` }).click();
  await note.fill('discarded');
  await note.press('Escape');
  await expect(note).toHaveCount(0);
  await expect(rows.nth(1)).toContainText('Spokesperson of the Foreign Ministry');

  await page.getByRole('combobox', { name: 'Show annotations of label' }).selectOption('actor');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(ACTOR);
  await page.getByRole('combobox', { name: 'Show annotations of label' }).selectOption('');
  await expect(rows).toHaveCount(2);

  await page.getByRole('button', { name: `Event: ${FIGURE}` }).click();
  await expect(page.getByRole('button', { name: `Event: ${FIGURE}` })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: `Delete annotation “${FIGURE}”` }).click();
  await expect(rows).toHaveCount(1);
  await expect.poll(async () => (await savedAnnotations(workbench)).map((a) => a.quote)).toEqual([ACTOR]);
});

test('Tab and Shift+Tab walk the annotations in text order', async ({ workbench }) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, ACTOR, 'a');
  await labelPassage(page, FIGURE, 'f');
  await page.keyboard.press('Escape');
  await expect(selectedRow(page)).toHaveCount(0);
  await clickInside(page, 'landmine maps');

  await page.keyboard.press('Tab');
  await expect(selectedRow(page)).toContainText(FIGURE);
  await page.keyboard.press('Tab');
  await expect(selectedRow(page)).toContainText(ACTOR);
  await page.keyboard.press('Shift+Tab');
  await expect(selectedRow(page)).toContainText(FIGURE);
  await page.keyboard.press('Backspace');
  await expect(annotationRows(page)).toHaveCount(1);
  await expect.poll(async () => (await savedAnnotations(workbench)).map((a) => a.quote)).toEqual([ACTOR]);
});

test('annotations are still there after closing and reopening the app', async ({ workbench }) => {
  const { page } = workbench;
  const document = await openFirstDocument(workbench);
  await labelPassage(page, FIGURE, 'f');
  await labelPassage(page, "Armenia's landmine maps are only 25 percent accurate", 'c');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The headline claim');
  await page.keyboard.press('Control+Enter');
  await expect(annotationRows(page).first()).toContainText('The headline claim');

  await workbench.restart();
  await openDocumentByTitle(page, document.title);
  await expect(annotationRows(page)).toHaveCount(2);
  await expect(annotationRows(page).first()).toContainText('The headline claim');
  const saved = await savedAnnotations(workbench);
  expect(saved.map((a) => [a.label, a.quote, a.note]).sort()).toEqual([
    ['claim', "Armenia's landmine maps are only 25 percent accurate", 'The headline claim'],
    ['figure', FIGURE, ''],
  ]);
  for (const a of saved) expect(await highlightedText(page, a.id)).toBe(a.quote);
});

test('choosing an annotation in the panel lets a label key relabel it, even after a text selection', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, FIGURE, 'f');
  await selectByMouse(page, ACTOR); // a selection left behind
  await page.getByRole('button', { name: `Figure: ${FIGURE}` }).click();
  await expect(page.getByRole('group', { name: 'Label the selected text' })).toHaveCount(0);
  await page.keyboard.press('e');
  await expect(page.getByRole('button', { name: `Event: ${FIGURE}` })).toBeVisible();
  await expect(annotationRows(page)).toHaveCount(1);
  await expect
    .poll(async () => (await savedAnnotations(workbench)).map((a) => [a.quote, a.label]))
    .toEqual([[FIGURE, 'event']]);
});
