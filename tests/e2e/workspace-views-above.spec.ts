import { selectByKeyboardSearch } from './keyboard-labelling';
import { expect, test } from './harness';

// The Search, Entities and Progress views open above the document at once: together they take at
// most half the window, the document keeps a third of it, and a search jump still shows its
// passage selected. (Each view once took
// up to 46% of the height: with three open the document had none, and a jump's selection was
// in paragraphs Chromium did not lay out.)

test('with Search, Entities and Progress open, the views share under half the window and a jump shows its selection', async ({
  workbench,
}) => {
  const { page } = workbench;
  const sample = await workbench.savedProject();
  await expect(page.getByRole('toolbar', { name: 'Project' })).toBeVisible();
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByRole('region', { name: 'Entities' })).toBeVisible();
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('region', { name: /^Progress/ })).toBeVisible();

  const document = sample.documents.find((d) => d.text.includes('accuracy of the maps'))!;
  await selectByKeyboardSearch(page, document, 'accuracy of the maps');
  await expect(page.getByRole('region', { name: 'Search the corpus' })).toBeVisible();
  const window = page.viewportSize()!;
  let views = 0;
  for (const name of ['Search the corpus', 'Entities', /^Progress/])
    views += (await page.getByRole('region', { name }).boundingBox())!.height;
  expect(views).toBeLessThanOrEqual(window.height * 0.45 + 1);
  const text = await page.getByRole('main', { name: 'Document' }).boundingBox();
  expect(text!.height).toBeGreaterThanOrEqual(window.height / 3);
});
