import type { Page } from '@playwright/test';
import { expectNoSeriousViolationsInBothThemes } from './axe-findings';
import { expect, test } from './serve-harness';

// Assignments and progress in browser mode, keyboard only: the lead (here the page's own user,
// "e2e") assigns two documents in the Progress view, the document list's Mine filter shows them,
// one is marked finished, and the Progress view says so; the project file checked at each step.

const progressView = (page: Page) => page.getByRole('region', { name: /^Progress/ });
const grid = (page: Page) => progressView(page).getByRole('grid', { name: 'Progress: documents by annotator' });

test('keyboard only: assigns two documents, filters the list to mine, marks one finished, sees it in the Progress view', async ({
  workbench,
}) => {
  const { page } = workbench;
  const sample = await workbench.savedProject();
  const [first, second] = sample.documents;
  const items = page.getByRole('list', { name: 'Documents' }).getByRole('listitem');
  await expect(items).toHaveCount(sample.documents.length);

  // The first document open with a Claim selected: the grid's A must assign, not relabel it Actor.
  const quote = first!.text.slice(0, first!.text.indexOf(' '));
  await workbench.service.createAnnotation({ documentId: first!.id, start: 0, end: quote.length, label: 'claim' });
  await page.getByRole('button', { name: first!.title, exact: true }).focus();
  await page.keyboard.press('Enter');
  const claim = page.getByRole('button', { name: `Claim: ${quote}`, exact: true });
  await claim.focus();
  await page.keyboard.press('Enter');
  await expect(claim).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('Control+Shift+P');
  await expect(grid(page)).toBeVisible();
  const column = (await grid(page).getByRole('columnheader').allInnerTexts()).indexOf('e2e');
  expect(column).toBeGreaterThan(0);
  const cell = (row: number) =>
    grid(page)
      .getByRole('row')
      .nth(row + 1)
      .getByRole('gridcell')
      .nth(column - 1);
  // The active cell is the first document's first annotator: move to the e2e column.
  for (let i = 1; i < column; i++) await page.keyboard.press('ArrowRight');
  await expect(cell(0)).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(cell(1)).toBeFocused();
  await page.keyboard.press('Space');
  await expect(cell(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('a');
  await expect(progressView(page).getByRole('status')).toHaveText('Assigned 2 documents to e2e.');
  // The Claim is e2e's work on the first document; nothing on the second yet.
  await expect(cell(0)).toHaveText('In progress · 1 annotation · 0 min');
  await expect(cell(1)).toHaveText('Not started');
  await expect
    .poll(async () => (await workbench.savedProject()).assignments.map((a) => [a.documentId, a.annotator]))
    .toEqual([
      [first!.id, 'e2e'],
      [second!.id, 'e2e'],
    ]);
  expect((await workbench.savedProject()).annotations.map((a) => [a.quote, a.label])).toEqual([[quote, 'claim']]);

  // An annotator the project does not know yet: a column of their own, added by their first assignment.
  await progressView(page).getByRole('textbox', { name: 'Add an annotator' }).focus();
  await page.keyboard.type('Ben');
  await page.keyboard.press('Enter');
  const ben = (await grid(page).getByRole('columnheader').allInnerTexts()).indexOf('Ben');
  expect(ben).toBeGreaterThan(0);
  await grid(page)
    .getByRole('row')
    .nth(1)
    .getByRole('gridcell')
    .nth(ben - 1)
    .focus();
  await page.keyboard.press('a');
  await expect(progressView(page).getByRole('status')).toHaveText('Assigned 1 document to Ben.');
  await expect
    .poll(async () => (await workbench.savedProject()).annotators.find((a) => a.id === 'Ben'))
    .toEqual({ id: 'Ben', name: 'Ben' });
  await expectNoSeriousViolationsInBothThemes(page);

  await cell(1).focus();
  await page.keyboard.press('Escape');
  await expect(progressView(page)).toHaveCount(0);
  const mine = page.getByRole('checkbox', { name: 'Mine: assigned to me' });
  await mine.focus();
  await page.keyboard.press('Space');
  await expect(items).toHaveCount(2);
  const finished = page.getByRole('checkbox', { name: `I have finished ${first!.title}` });
  await finished.focus();
  await page.keyboard.press('Space');
  await expect(finished).toBeChecked();
  await expect
    .poll(
      async () =>
        (await workbench.savedProject()).assignments.find((a) => a.documentId === first!.id && a.annotator === 'e2e')
          ?.doneAt,
    )
    .toMatch(/^\d{4}-\d\d-\d\dT/);

  await page.keyboard.press('Control+Shift+P');
  await expect(cell(0)).toHaveText(/^Done \d{4}-\d\d-\d\d · 1 annotation · 0 min$/);
  await expect(grid(page).getByRole('row').last()).toContainText('1 of 2 done');
  // Enter on the second document's cell opens it.
  await cell(1).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: second!.title, exact: true })).toBeVisible();
  await expect(progressView(page)).toHaveCount(0);
});
