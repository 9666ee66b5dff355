import type { Page } from '@playwright/test';
import type { Annotation, TagwrightDocument } from '../../shared/model';
import { expect, test, type Workbench } from './harness';
import {
  annotationRows,
  documentTextSelector,
  highlightedText,
  highlightLabels,
  labelPassage,
  openFirstDocument,
  savedAnnotations,
  selectByKeyboard,
  selectByMouse,
} from './workspace-actions';

const FIGURE = 'only 25 percent accurate';
const SENTENCE =
  "Armenia's landmine maps are only 25 percent accurate and pose a serious obstacle to peace in the South Caucasus";

async function expectListedOnce(page: Page, quote: string, label: string) {
  const row = annotationRows(page).filter({ hasText: quote });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('combobox', { name: /^Label of/ })).toHaveValue(label);
}

/** Checks the one annotation made is a Figure over FIGURE: listed, saved at its offsets, highlighted; returns it. */
async function expectOneFigure(workbench: Workbench, document: TagwrightDocument): Promise<Annotation> {
  const { page } = workbench;
  await expectListedOnce(page, FIGURE, 'figure');
  await expect.poll(() => savedAnnotations(workbench)).toHaveLength(1);
  const [saved] = await savedAnnotations(workbench);
  const start = document.text.indexOf(FIGURE);
  expect(saved).toMatchObject({ quote: FIGURE, start, end: start + FIGURE.length, label: 'figure' });
  expect(await highlightedText(page, saved!.id)).toBe(FIGURE);
  return saved!;
}

test('a mouse selection and the Figure key make a Figure annotation, shown, listed and saved', async ({
  workbench,
}) => {
  const { page } = workbench;
  const document = await openFirstDocument(workbench);
  await selectByMouse(page, FIGURE);
  await page.keyboard.press('f');

  const saved = await expectOneFigure(workbench, document);
  expect(await highlightLabels(page, saved.id)).toEqual(['figure']);
  // Drawn in the Figure colour of the project's schema.
  const figureColour = (await workbench.savedProject()).schema.labels.find((l) => l.id === 'figure')!.colour;
  const drawnColour = await page
    .locator(`${documentTextSelector} [data-annotation-id~="${saved.id}"]`)
    .first()
    .evaluate((e) => getComputedStyle(e).getPropertyValue('--tw-hl-colour').trim());
  expect(drawnColour.toLowerCase()).toBe(figureColour.toLowerCase());
  // The document list counts it under Figure.
  const item = page.getByRole('list', { name: 'Documents' }).getByRole('listitem').first();
  await expect(item).toContainText('Figure: 1');
});

test('Shift+arrows select and the digit key labels', async ({ workbench }) => {
  const { page } = workbench;
  const document = await openFirstDocument(workbench);
  await selectByKeyboard(page, FIGURE);
  await page.keyboard.press('2');

  await expectOneFigure(workbench, document);
});

test('a Claim over a sentence containing a Figure keeps both visible and saved', async ({ workbench }) => {
  const { page } = workbench;
  const document = await openFirstDocument(workbench);
  await selectByMouse(page, FIGURE);
  await page.keyboard.press('f');
  await expect(annotationRows(page)).toHaveCount(1);
  await selectByMouse(page, SENTENCE);
  await page.keyboard.press('c');

  await expect(annotationRows(page)).toHaveCount(2);
  // Text order: the Claim starts first.
  await expect(annotationRows(page).nth(0)).toContainText(SENTENCE);
  await expect(annotationRows(page).nth(1)).toContainText(FIGURE);
  await expect.poll(() => savedAnnotations(workbench)).toHaveLength(2);
  const saved = await savedAnnotations(workbench);
  const claim = saved.find((a) => a.label === 'claim')!;
  const figure = saved.find((a) => a.label === 'figure')!;
  expect(claim).toMatchObject({ quote: SENTENCE, start: document.text.indexOf(SENTENCE) });
  expect(figure).toMatchObject({ quote: FIGURE, start: document.text.indexOf(FIGURE) });

  expect(await highlightedText(page, claim.id)).toBe(SENTENCE);
  expect(await highlightedText(page, figure.id)).toBe(FIGURE);
  // Where they overlap, one element carries both, the inner Figure first.
  expect(await highlightLabels(page, figure.id)).toEqual(['figure claim']);
});

test('the menu at the selection labels with a click', async ({ workbench }) => {
  const { page } = workbench;
  const document = await openFirstDocument(workbench);
  await selectByMouse(page, 'Aykhan Hajizada');
  await page.getByRole('group', { name: 'Label the selected text' }).getByRole('button', { name: 'Actor' }).click();

  await expectListedOnce(page, 'Aykhan Hajizada', 'actor');
  await expect.poll(() => savedAnnotations(workbench)).toHaveLength(1);
  const [saved] = await savedAnnotations(workbench);
  expect(saved).toMatchObject({ quote: 'Aykhan Hajizada', start: document.text.indexOf('Aykhan Hajizada') });
  expect(await highlightLabels(page, saved!.id)).toEqual(['actor']);
  await expect(page.getByRole('group', { name: 'Label the selected text' })).toHaveCount(0);
});

test('label keys typed into a text field do nothing', async ({ workbench }) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await selectByMouse(page, FIGURE);
  const filter = page.getByRole('searchbox', { name: 'Filter documents by title' });
  await filter.click();
  await page.keyboard.type('f2c');
  await expect(filter).toHaveValue('f2c');
  await expect(annotationRows(page)).toHaveCount(0);
  expect(await savedAnnotations(workbench)).toHaveLength(0);
  // Those checks pass at once; a call the keys had sent might still be on its way. Main takes calls
  // in order, so once a later label is saved, any annotation the typed keys made would be saved too.
  await labelPassage(page, 'Aykhan Hajizada', 'a');
  await expect
    .poll(async () => (await savedAnnotations(workbench)).map((a) => [a.quote, a.label]))
    .toEqual([['Aykhan Hajizada', 'actor']]);
});
