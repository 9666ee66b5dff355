import type { Page } from '@playwright/test';
import { expectNoSeriousViolationsInBothThemes } from './axe-findings';
import { expect, test, type Workbench } from './harness';
import {
  annotationRows,
  clickInside,
  labelPassage,
  openDocumentByTitle,
  openFirstDocument,
  selectByKeyboard,
  whileAnotherTagwrightHoldsIt,
} from './workspace-actions';

const PERCENT = '25%'; // "…were only 25% accurate." in the first seed text
const MILLION = '1.5 million'; // "…the actual figure was closer to 1.5 million."

const savedAttributes = async (workbench: Workbench, quote: string) =>
  (await workbench.savedProject()).annotations.find((a) => a.quote === quote)?.attributes;

const rowOf = (page: Page, quote: string) => annotationRows(page).filter({ hasText: `“${quote}”` });

test('a figure takes its suggested value with Enter, is edited by keyboard, and undo restores it', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, PERCENT, 'f');
  const row = rowOf(page, PERCENT);

  // The suggestion is offered, not saved.
  await page.getByRole('button', { name: `Add value of “${PERCENT}”` }).click();
  const editor = page.getByRole('form', { name: `Attributes of “${PERCENT}”` });
  await expect(editor.getByRole('group', { name: /Suggested/ })).toContainText('= 0.25 percent');
  await expect(editor.getByRole('spinbutton', { name: `Value of “${PERCENT}”` })).toHaveValue('');
  await expect(editor.getByRole('button', { name: 'Use suggestion' })).toBeFocused();
  await expectNoSeriousViolationsInBothThemes(page);
  // Leaving the editor (here for the theme button) closes it without saving the suggestion.
  await expect(editor).toHaveCount(0);
  expect(await savedAttributes(workbench, PERCENT)).toEqual({});
  await page.getByRole('button', { name: `Add value of “${PERCENT}”` }).click();
  await expect(editor.getByRole('button', { name: 'Use suggestion' })).toBeFocused();

  // Enter accepts it.
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(row.locator('.annotation-attributes')).toHaveText('= 0.25 percent');
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual({ value: 0.25, unit: 'percent' });
  const edit = page.getByRole('button', { name: `Edit value of “${PERCENT}”` });
  await expect(edit).toBeFocused();

  // Enter on the row's button opens the fields (no suggestion once there is a value); Enter saves.
  await page.keyboard.press('Enter');
  const value = editor.getByRole('spinbutton', { name: `Value of “${PERCENT}”` });
  await expect(value).toBeFocused();
  await expect(value).toHaveValue('0.25');
  await expect(editor.getByRole('group', { name: /Suggested/ })).toHaveCount(0);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('0.3');
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('textbox', { name: `Unit of “${PERCENT}”` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect(row.locator('.annotation-attributes')).toHaveText('= 0.3 percent');
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual({ value: 0.3, unit: 'percent' });

  // Escape cancels what was typed.
  await expect(edit).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('9');
  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(row.locator('.annotation-attributes')).toHaveText('= 0.3 percent');

  // Undo walks back through the edit and the accepted suggestion; redo brings the edit back.
  await page.keyboard.press('Control+z');
  await expect(row.locator('.annotation-attributes')).toHaveText('= 0.25 percent');
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual({ value: 0.25, unit: 'percent' });
  await page.keyboard.press('Control+z');
  await expect(row.locator('.annotation-attributes')).toHaveCount(0);
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual({});
  await page.keyboard.press('Control+Shift+Z');
  await expect(row.locator('.annotation-attributes')).toHaveText('= 0.25 percent');
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual({ value: 0.25, unit: 'percent' });
});

test('a suggestion can be filled in and corrected first; an actor offers its attributes, never a value', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, MILLION, 'f');
  await labelPassage(page, 'Aykhan Hajizada', 'a');
  await expect(rowOf(page, 'Aykhan Hajizada').getByRole('button', { name: /value/ })).toHaveCount(0);
  await expect(
    rowOf(page, 'Aykhan Hajizada').getByRole('button', { name: 'Attributes of “Aykhan Hajizada”' }),
  ).toHaveCount(1);

  // Reached with Tab from the row's label menu.
  await page.getByRole('combobox', { name: `Label of “${MILLION}”` }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Add value of “${MILLION}”` })).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('form', { name: `Attributes of “${MILLION}”` });
  const suggestion = editor.getByRole('group', { name: /Suggested/ });
  await expect(suggestion).toContainText('= 1,500,000');
  await expect(suggestion).toContainText('qualifier: about'); // "closer to 1.5 million"
  await suggestion.getByRole('button', { name: 'Edit first' }).click();
  const value = editor.getByRole('spinbutton', { name: `Value of “${MILLION}”` });
  await expect(value).toHaveValue('1500000');
  await expect(value).toBeFocused();
  expect(await savedAttributes(workbench, MILLION)).toEqual({});
  await editor.getByRole('textbox', { name: `Unit of “${MILLION}”` }).fill('mines');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(rowOf(page, MILLION).locator('.annotation-attributes')).toHaveText(
    '= 1,500,000 mines · qualifier: about',
  );
  await expect
    .poll(() => savedAttributes(workbench, MILLION))
    .toEqual({ value: 1500000, unit: 'mines', qualifier: 'about' });

  // Leaving the form saves what was typed, as the note does.
  await page.getByRole('button', { name: `Edit value of “${MILLION}”` }).click();
  await editor.getByRole('textbox', { name: `Unit of “${MILLION}”` }).fill('landmines');
  await page.getByRole('searchbox', { name: 'Filter documents by title' }).click();
  await expect(editor).toHaveCount(0);
  await expect
    .poll(() => savedAttributes(workbench, MILLION))
    .toEqual({ value: 1500000, unit: 'landmines', qualifier: 'about' });

  // Emptying the value removes it; the unit stays.
  await page.getByRole('button', { name: `Edit value of “${MILLION}”` }).click();
  await value.fill('');
  await value.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect.poll(() => savedAttributes(workbench, MILLION)).toEqual({ unit: 'landmines', qualifier: 'about' });
  await expect(rowOf(page, MILLION).locator('.annotation-attributes')).toHaveText('unit: landmines · qualifier: about');
});

test('a read-only project shows a figure’s value but offers no edit', async ({ workbench }) => {
  const { page } = workbench;
  const document = await openFirstDocument(workbench);
  await labelPassage(page, PERCENT, 'f');
  await page.getByRole('button', { name: `Add value of “${PERCENT}”` }).click();
  await page.getByRole('button', { name: 'Use suggestion' }).click();
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual({ value: 0.25, unit: 'percent' });

  await whileAnotherTagwrightHoldsIt(workbench, async () => {
    await openDocumentByTitle(page, document.title);
    await expect(rowOf(page, PERCENT).locator('.annotation-attributes')).toHaveText('= 0.25 percent');
    await expect(page.getByRole('button', { name: `Edit value of “${PERCENT}”` })).toBeDisabled();
  });
});

test('from the text: Shift+Enter on a selected figure opens its value, Enter takes the suggestion', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await selectByKeyboard(page, PERCENT);
  await page.keyboard.press('f');
  await expect(annotationRows(page)).toHaveCount(1);

  // Escape lets go of the new annotation; Tab takes it again inside the text.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Figure: ${PERCENT}` })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Shift+Enter');
  const editor = page.getByRole('form', { name: `Attributes of “${PERCENT}”` });
  await expect(editor.getByRole('button', { name: 'Use suggestion' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  await expect.poll(() => savedAttributes(workbench, PERCENT)).toEqual({ value: 0.25, unit: 'percent' });
  // Plain Enter, on the annotation clicked in the text, still opens the note.
  await clickInside(page, PERCENT);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: `Note on “${PERCENT}”` })).toBeFocused();
});
