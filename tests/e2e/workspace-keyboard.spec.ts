import { expect, test } from './harness';
import { annotationRows, savedAnnotations } from './workspace-actions';

const FIGURE = 'only 25 percent accurate';

test('the user story without the mouse: open, label, relabel, note, delete, undo', async ({ workbench }) => {
  const { page } = workbench;
  const opened = (await workbench.savedProject()).documents[0]!;
  const firstTitle = page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: opened.title });

  // Tab to the document list, Enter opens the first document and puts the caret in its text.
  for (let i = 0; i < 30 && !(await firstTitle.evaluate((e) => e === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstTitle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Document text' })).toBeFocused();

  // From the start of the text: move to the passage, select it with Shift+arrows, press the Figure key.
  const start = opened.text.indexOf(FIGURE);
  for (let i = 0; i < start; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < FIGURE.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('2');
  await expect(annotationRows(page)).toHaveCount(1);
  await expect
    .poll(() => savedAnnotations(workbench))
    .toMatchObject([{ quote: FIGURE, start, end: start + FIGURE.length, label: 'figure' }]);

  // Escape lets go; Tab takes the first annotation; a label key relabels it.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Figure: ${FIGURE}` })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('c');
  await expect.poll(async () => (await savedAnnotations(workbench))[0]?.label).toBe('claim');

  // Enter writes a note; Ctrl+Enter saves it and returns to the text.
  await page.keyboard.press('Enter');
  await page.keyboard.type('Headline figure');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('textbox', { name: 'Document text' })).toBeFocused();
  await expect.poll(async () => (await savedAnnotations(workbench))[0]?.note).toBe('Headline figure');

  // Delete, then undo brings it back as it was.
  await page.keyboard.press('Delete');
  await expect(annotationRows(page)).toHaveCount(0);
  await expect.poll(() => savedAnnotations(workbench)).toHaveLength(0);
  await page.keyboard.press('Control+z');
  await expect(annotationRows(page)).toHaveCount(1);
  await expect
    .poll(() => savedAnnotations(workbench))
    .toMatchObject([{ quote: FIGURE, label: 'claim', note: 'Headline figure' }]);
});
