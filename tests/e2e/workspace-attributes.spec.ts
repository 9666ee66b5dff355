import type { Page } from '@playwright/test';
import { expectNoSeriousViolationsInBothThemes } from './axe-findings';
import { expect, test, type Workbench } from './harness';
import {
  annotationRows,
  clickInside,
  labelPassage,
  openDocumentByTitle,
  openFirstDocument,
  savedAnnotations,
  selectByKeyboard,
  whileAnotherTagwrightHoldsIt,
} from './workspace-actions';

const PERCENT = '25%'; // "…were only 25% accurate." in the first seed text
const MILLION = '1.5 million'; // "…the actual figure was closer to 1.5 million."

const savedAttributes = async (workbench: Workbench, quote: string) =>
  (await workbench.savedProject()).annotations.find((a) => a.quote === quote)?.attributes;

const rowOf = (page: Page, quote: string) => annotationRows(page).filter({ hasText: `“${quote}”` });

/** What the normaliser fills when "25%" is labelled a Figure. */
const PERCENT_FILLED = { value: 0.25, unit: 'percent', kind: 'percentage', qualifier: 'exact' };

test('a figure labelled in the text carries its normalised values at once; edited by keyboard; one undo takes it back', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, PERCENT, 'f');
  const row = rowOf(page, PERCENT);
  await expect(row.locator('.annotation-attributes')).toHaveText(
    '= 0.25 percent · kind: percentage · qualifier: exact',
  );
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual(PERCENT_FILLED);

  // Enter on the row's button opens the fields, filled in (no suggestion: there are values); Enter saves.
  const edit = page.getByRole('button', { name: `Edit value of “${PERCENT}”` });
  await edit.focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: `Attributes of “${PERCENT}”` });
  const value = editor.getByRole('spinbutton', { name: `Value of “${PERCENT}”` });
  await expect(value).toBeFocused();
  await expect(value).toHaveValue('0.25');
  await expect(editor.getByRole('combobox', { name: `Kind of “${PERCENT}”` })).toHaveValue('percentage');
  await expect(editor.getByRole('group', { name: /Suggested/ })).toHaveCount(0);
  await expectNoSeriousViolationsInBothThemes(page);
  // Leaving the editor (here for the theme button) closes it; nothing was typed, nothing changes.
  await expect(editor).toHaveCount(0);
  expect(await savedAttributes(workbench, PERCENT)).toEqual(PERCENT_FILLED);
  await edit.focus();
  await page.keyboard.press('Enter');
  await expect(value).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('0.3');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(row.locator('.annotation-attributes')).toHaveText('= 0.3 percent · kind: percentage · qualifier: exact');
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual({ ...PERCENT_FILLED, value: 0.3 });

  // Escape cancels what was typed.
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('9');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(row.locator('.annotation-attributes')).toHaveText('= 0.3 percent · kind: percentage · qualifier: exact');

  // Undo walks back the edit, then the figure and its filled-in values together; redo brings both back.
  await page.keyboard.press('Control+z');
  await expect(row.locator('.annotation-attributes')).toHaveText(
    '= 0.25 percent · kind: percentage · qualifier: exact',
  );
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual(PERCENT_FILLED);
  await page.keyboard.press('Control+z');
  await expect(row).toHaveCount(0);
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toBeUndefined();
  await page.keyboard.press('Control+Shift+Z');
  await expect(row.locator('.annotation-attributes')).toHaveText(
    '= 0.25 percent · kind: percentage · qualifier: exact',
  );
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual(PERCENT_FILLED);
});

test('a figure reads its hedge and its unit in the sentence around it: "more than a million mines"', async ({
  workbench,
}) => {
  const { page } = workbench;
  // "…as more than a million mines were planted during the 30-year-long occupation." (fifth seed text)
  const document = (await workbench.savedProject()).documents[4]!;
  await openDocumentByTitle(page, document.title);
  await labelPassage(page, 'a million', 'f');
  await expect
    .poll(() => savedAttributes(workbench, 'a million'))
    .toEqual({ value: 1000000, unit: 'mines', kind: 'count', qualifier: 'at least' });
  await labelPassage(page, '30-year', 'f');
  await expect
    .poll(() => savedAttributes(workbench, '30-year'))
    .toEqual({ value: 30, unit: 'years', kind: 'duration', qualifier: 'exact' });
});

test('a figure with no values (relabelled from another label) is offered the suggestion, filled in and corrected first; an actor offers its attributes, never a value', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, MILLION, 'a');
  await labelPassage(page, 'Aykhan Hajizada', 'a');
  await expect(rowOf(page, 'Aykhan Hajizada').getByRole('button', { name: /value/ })).toHaveCount(0);
  await expect(
    rowOf(page, 'Aykhan Hajizada').getByRole('button', { name: 'Attributes of “Aykhan Hajizada”' }),
  ).toHaveCount(1);
  // Relabelling keeps the annotation's attributes as they are: none.
  await page.getByRole('combobox', { name: `Label of “${MILLION}”` }).selectOption('Figure');
  await expect
    .poll(async () => (await savedAnnotations(workbench)).find((a) => a.quote === MILLION)?.label)
    .toBe('figure');
  expect(await savedAttributes(workbench, MILLION)).toEqual({});

  // Reached with Tab from the row's label menu.
  await page.getByRole('combobox', { name: `Label of “${MILLION}”` }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Add value of “${MILLION}”` })).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: `Attributes of “${MILLION}”` });
  const suggestion = editor.getByRole('group', { name: /Suggested/ });
  await expect(suggestion).toContainText('= 1,500,000');
  await expect(suggestion).toContainText('qualifier: approximate'); // "closer to 1.5 million"
  await suggestion.getByRole('button', { name: 'Edit first' }).click();
  const value = editor.getByRole('spinbutton', { name: `Value of “${MILLION}”` });
  await expect(value).toHaveValue('1500000');
  await expect(value).toBeFocused();
  expect(await savedAttributes(workbench, MILLION)).toEqual({});
  await editor.getByRole('textbox', { name: `Unit of “${MILLION}”` }).fill('mines');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(rowOf(page, MILLION).locator('.annotation-attributes')).toHaveText(
    '= 1,500,000 mines · kind: count · qualifier: approximate',
  );
  await expect
    .poll(() => savedAttributes(workbench, MILLION))
    .toEqual({ value: 1500000, unit: 'mines', kind: 'count', qualifier: 'approximate' });

  // Leaving the form saves what was typed, as the note does.
  await page.getByRole('button', { name: `Edit value of “${MILLION}”` }).click();
  await editor.getByRole('textbox', { name: `Unit of “${MILLION}”` }).fill('landmines');
  await page.getByRole('searchbox', { name: 'Filter documents by title' }).click();
  await expect(editor).toHaveCount(0);
  await expect
    .poll(() => savedAttributes(workbench, MILLION))
    .toEqual({ value: 1500000, unit: 'landmines', kind: 'count', qualifier: 'approximate' });

  // Emptying the value removes it; the rest stays.
  await page.getByRole('button', { name: `Edit value of “${MILLION}”` }).click();
  await value.fill('');
  await value.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect
    .poll(() => savedAttributes(workbench, MILLION))
    .toEqual({ unit: 'landmines', kind: 'count', qualifier: 'approximate' });
  await expect(rowOf(page, MILLION).locator('.annotation-attributes')).toHaveText(
    'unit: landmines · kind: count · qualifier: approximate',
  );
});

test('a read-only project shows a figure’s value but offers no edit', async ({ workbench }) => {
  const { page } = workbench;
  const document = await openFirstDocument(workbench);
  await labelPassage(page, PERCENT, 'f');
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual(PERCENT_FILLED);

  await whileAnotherTagwrightHoldsIt(workbench, async () => {
    await openDocumentByTitle(page, document.title);
    await expect(rowOf(page, PERCENT).locator('.annotation-attributes')).toHaveText(
      '= 0.25 percent · kind: percentage · qualifier: exact',
    );
    await expect(page.getByRole('button', { name: `Edit value of “${PERCENT}”` })).toBeDisabled();
  });
});

test('from the text: Shift+Enter on a selected figure opens its values', async ({ workbench }) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await selectByKeyboard(page, PERCENT);
  await page.keyboard.press('f');
  await expect(annotationRows(page)).toHaveCount(1);
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual(PERCENT_FILLED);

  // Escape lets go of the new annotation; Tab takes it again inside the text.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Figure: ${PERCENT}` })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+Enter');
  const editor = page.getByRole('form', { name: `Attributes of “${PERCENT}”` });
  const value = editor.getByRole('spinbutton', { name: `Value of “${PERCENT}”` });
  await expect(value).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('0.2');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual({ ...PERCENT_FILLED, value: 0.2 });
  // Plain Enter, on the annotation clicked in the text, still opens the note.
  await clickInside(page, PERCENT);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: `Note on “${PERCENT}”` })).toBeFocused();
});
