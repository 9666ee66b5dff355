import type { Page } from '@playwright/test';
import { expectNoSeriousViolationsInBothThemes } from './axe-findings';
import { expect, test, type Workbench } from './harness';
import {
  annotationRows,
  clickInside,
  documentTextSelector,
  openDocumentByKeyboard,
  openDocumentByTitle,
  savedAnnotations,
  selectByMouse,
} from './workspace-actions';

// Discontinuous spans from the page (issue 14, point 6): "only … accurate" across a parenthesis.
const TITLE = 'Mine maps accuracy';
const TEXT = `${TITLE}\nThe ministry said the maps were only (by its own count) accurate for a quarter of the mined areas.\n`;
const ONLY = TEXT.indexOf('only');
const ACCURATE = TEXT.indexOf('accurate');
const BOTH = { start: ONLY, end: ACCURATE + 8 };
const PIECES = [
  { start: ONLY, end: ONLY + 4 },
  { start: ACCURATE, end: ACCURATE + 8 },
];

/** Adds the story's document to the project and shows it in the list. */
async function addStoryDocument(workbench: Workbench): Promise<void> {
  workbench.service.importFiles([{ name: 'mine-maps.txt', bytes: new TextEncoder().encode(TEXT) }]);
  await expect(
    workbench.page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: TITLE, exact: true }),
  ).toBeVisible();
}

const press = async (page: Page, key: string, times: number) => {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
};

test('keyboard only: label "only", add "accurate" as a piece with +, remove it with -, undo', async ({ workbench }) => {
  const { page } = workbench;
  await addStoryDocument(workbench);
  await openDocumentByKeyboard(page, TITLE);

  // "only" as a claim (c), then the caret on to "accurate", Shift+arrows, and + adds it.
  await press(page, 'ArrowRight', ONLY);
  await press(page, 'Shift+ArrowRight', 4);
  await page.keyboard.press('c');
  await expect(annotationRows(page)).toHaveCount(1);
  await press(page, 'ArrowRight', ACCURATE - (ONLY + 4));
  await press(page, 'Shift+ArrowRight', 8);
  await page.keyboard.press('+');
  await expect(page.getByRole('button', { name: 'Claim: only … accurate' })).toBeVisible();
  await expect
    .poll(() => savedAnnotations(workbench))
    .toMatchObject([{ ...BOTH, fragments: PIECES, quote: TEXT.slice(BOTH.start, BOTH.end), label: 'claim' }]);
  await expect(page.getByRole('list', { name: 'Pieces of “only … accurate”' }).getByRole('listitem')).toHaveCount(2);

  // The caret sits at the end of "accurate": - takes that piece away, leaving a plain "only".
  await page.keyboard.press('-');
  await expect(page.getByRole('button', { name: 'Claim: only', exact: true })).toBeVisible();
  await expect.poll(async () => (await savedAnnotations(workbench))[0]?.quote).toBe('only');
  const plain = (await savedAnnotations(workbench))[0]!;
  expect(plain).toMatchObject({ ...PIECES[0], quote: 'only' });
  expect(plain.fragments).toBeUndefined();

  // Undo brings the piece back; undo again takes it away as it was added.
  await page.keyboard.press('Control+z');
  await expect.poll(() => savedAnnotations(workbench)).toMatchObject([{ ...BOTH, fragments: PIECES }]);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await savedAnnotations(workbench))[0]?.fragments).toBeUndefined();
  await expect(page.getByRole('button', { name: 'Claim: only', exact: true })).toBeVisible();
});

test('mouse: Ctrl+select adds a piece, drawn as one annotation; its Remove button takes one away', async ({
  workbench,
}) => {
  const { page } = workbench;
  await addStoryDocument(workbench);
  await openDocumentByTitle(page, TITLE);
  await selectByMouse(page, 'only');
  await page.keyboard.press('c');
  await expect(annotationRows(page)).toHaveCount(1);
  await page.keyboard.down('Control');
  await selectByMouse(page, 'accurate');
  await page.keyboard.up('Control');
  await expect.poll(() => savedAnnotations(workbench)).toMatchObject([{ ...BOTH, fragments: PIECES }]);
  const id = (await savedAnnotations(workbench))[0]!.id;

  // Two highlights, one annotation: the same id, dotted where they join, the gap marked while selected.
  const pieces = page.locator(`${documentTextSelector} [data-annotation-id~="${id}"]`);
  await expect(pieces).toHaveText(['only', 'accurate']);
  await expect(pieces.first()).toHaveClass(/tw-hl--joined-after/);
  await expect(pieces.last()).toHaveClass(/tw-hl--joined-before/);
  await expect(page.locator(`${documentTextSelector} .tw-hl-gap`)).toHaveText(' (by its own count) ');

  // Clicking plain text lets go; clicking either piece selects the annotation.
  await clickInside(page, 'quarter');
  await expect(page.locator(`${documentTextSelector} .tw-hl-gap`)).toHaveCount(0);
  await clickInside(page, 'accurate');
  await expect(page.getByRole('button', { name: 'Claim: only … accurate' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator(`${documentTextSelector} .tw-hl-gap`)).toHaveCount(1);
  await expectNoSeriousViolationsInBothThemes(page);

  await page.getByRole('button', { name: 'Remove piece “only” from “only … accurate”' }).click();
  await expect
    .poll(() => savedAnnotations(workbench))
    .toMatchObject([{ start: ACCURATE, end: ACCURATE + 8, quote: 'accurate' }]);
  await expect(page.getByRole('button', { name: 'Claim: accurate', exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: /^Pieces of/ })).toHaveCount(0);
});
