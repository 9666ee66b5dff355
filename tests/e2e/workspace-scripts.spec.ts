import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolationsInBothThemes } from './axe-findings';
import { expect, repoRoot, test, type Workbench } from './harness';
import {
  annotationRows,
  documentTextSelector,
  highlightedText,
  openDocumentByKeyboard,
  openDocumentByTitle,
  savedAnnotations,
  selectByMouse,
} from './workspace-actions';

// Right-to-left and mixed scripts (issue 14, point 8): the UDHR's first articles in Arabic and
// Hebrew (tests/fixtures/scripts/README.md), shown right to left and labelled by keyboard and mouse.
const scriptsDir = join(repoRoot, 'tests/fixtures/scripts');

/** Imports a fixture of tests/fixtures/scripts and returns its text and title (its first line). */
async function addScriptDocument(workbench: Workbench, name: string): Promise<{ text: string; title: string }> {
  const bytes = await readFile(join(scriptsDir, `${name}.txt`));
  await expect(workbench.page.getByRole('list', { name: 'Documents' }).getByRole('listitem').first()).toBeVisible();
  workbench.service.importFiles([{ name: `${name}.txt`, bytes }]);
  const text = bytes.toString('utf8');
  const title = text.split('\n')[0]!;
  await expect(
    workbench.page.getByRole('list', { name: 'Documents' }).getByRole('button', { name: title, exact: true }),
  ).toBeVisible();
  return { text, title };
}

/** The computed direction of the document view's line holding `words`. */
function lineDirection(page: Page, words: string): Promise<string> {
  return page
    .locator(`${documentTextSelector} p`, { hasText: words })
    .first()
    .evaluate((p) => getComputedStyle(p).direction);
}

for (const { name, keyboardWord, mouseWord } of [
  { name: 'arabic', keyboardWord: 'الإعلان', mouseWord: 'الكرامة' },
  { name: 'hebrew', keyboardWord: 'הכרזה', mouseWord: 'בתבונה' },
]) {
  test(`${name}: right to left; a word labelled by keyboard and one by mouse are saved as those words`, async ({
    workbench,
  }) => {
    const { page } = workbench;
    const { text, title } = await addScriptDocument(workbench, name);
    await openDocumentByKeyboard(page, title);
    expect(await lineDirection(page, mouseWord)).toBe('rtl');

    // From the start of the text, Shift+ArrowLeft walks forward through a right-to-left line.
    for (let i = 0; i < keyboardWord.length; i++) await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('a');
    await expect(annotationRows(page)).toHaveCount(1);
    await expect.poll(() => savedAnnotations(workbench)).toMatchObject([{ quote: keyboardWord, start: 0 }]);

    await selectByMouse(page, mouseWord);
    await page.keyboard.press('c');
    await expect(annotationRows(page)).toHaveCount(2);
    const start = text.indexOf(mouseWord);
    await expect
      .poll(async () => (await savedAnnotations(workbench)).map((a) => [a.quote, a.start, a.end, a.label]))
      .toEqual([
        [keyboardWord, 0, keyboardWord.length, 'actor'],
        [mouseWord, start, start + mouseWord.length, 'claim'],
      ]);
    for (const a of await savedAnnotations(workbench)) expect(await highlightedText(page, a.id)).toBe(a.quote);
    await expectNoSeriousViolationsInBothThemes(page);
  });
}

test('mixed: each line takes the direction of its first letter; an Arabic word inside an English line labels as itself', async ({
  workbench,
}) => {
  const { page } = workbench;
  const { title } = await addScriptDocument(workbench, 'mixed');
  await openDocumentByTitle(page, title);
  expect(await lineDirection(page, 'All human beings')).toBe('ltr');
  expect(await lineDirection(page, 'يولد جميع')).toBe('rtl');
  expect(await lineDirection(page, 'כל בני אדם')).toBe('rtl');
  // The heading line starts in English: left to right, with Arabic, Hebrew and digits inside.
  expect(await lineDirection(page, 'المادة 1')).toBe('ltr');
  await selectByMouse(page, 'المادة');
  await page.keyboard.press('e');
  await expect.poll(async () => (await savedAnnotations(workbench)).map((a) => a.quote)).toEqual(['المادة']);
});
