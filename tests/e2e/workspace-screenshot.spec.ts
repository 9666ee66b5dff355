import { join } from 'node:path';
import { expect, repoRoot, test } from './harness';
import { annotationRows, clickInside, labelPassage, openDocumentByTitle } from './workspace-actions';

/** Passages of the first seed document and the key that labels each (one overlap: the claim holds a figure). */
const passages: [quote: string, key: string][] = [
  ['only 25 percent accurate', 'f'],
  ["Armenia's landmine maps are only 25 percent accurate and pose a serious obstacle to peace", 'c'],
  ['Azerbaijani Foreign Ministry', 'a'],
  ['Aykhan Hajizada', 'a'],
  ['an interview with Envoy magazine', 'e'],
  ['Armenia provided some maps', 'e'],
  ['only 25% accurate', 'f'],
  ['Over 55%', 'f'],
  ['400,000 mines', 'f'],
  ['closer to 1.5 million', 'f'],
];

/** `TAGWRIGHT_UPDATE_SCREENSHOT=1 npx playwright test -c tests/e2e/playwright.config.ts workspace-screenshot` renews docs/screenshot-workspace.png. */
test('screenshot of the workspace with the sample project annotated', async ({ workbench }) => {
  const { page } = workbench;
  await page.setViewportSize({ width: 1280, height: 800 });
  const documents = (await workbench.savedProject()).documents;
  await page.getByRole('combobox', { name: `Status of ${documents[2]!.title}` }).selectOption('done');
  await openDocumentByTitle(page, documents[0]!.title);
  // One at a time: the next drag must not start while the last label is still on its way to main.
  for (const [quote, key] of passages) await labelPassage(page, quote, key);
  await clickInside(page, 'Aykhan Hajizada');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Spokesperson, quoted by Envoy');
  await page.keyboard.press('Control+Enter');
  await expect(annotationRows(page).filter({ hasText: 'Spokesperson, quoted by Envoy' })).toHaveCount(1);
  // The claim is attributed to the spokesperson; the headline figure was filled in as it was labelled.
  await page
    .getByRole('combobox', { name: /^Add relation “attributed to” from “Armenia's landmine maps/ })
    .selectOption({ label: 'Actor: Aykhan Hajizada' });
  await expect(
    annotationRows(page).filter({ hasText: '“only 25 percent accurate”' }).locator('.annotation-attributes'),
  ).toContainText('= 0.25 percent');
  // Select the noted one with the mouse; then the picture shows the page at rest: no focus ring,
  // no hover tint, the panel scrolled to its top.
  await clickInside(page, 'Aykhan Hajizada');
  await expect(page.getByRole('button', { name: 'Actor: Aykhan Hajizada' })).toHaveAttribute('aria-pressed', 'true');
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.querySelector('.annotations-panel')?.scrollTo(0, 0);
  });
  await page.mouse.move(640, 790);
  await expect.poll(async () => (await workbench.savedProject()).annotations.length).toBe(passages.length);
  await expect.poll(async () => (await workbench.savedProject()).relations.length).toBe(1);
  await expect(page.getByRole('contentinfo').getByRole('status')).toHaveText('Saved');
  // The committed picture changes only when asked for, so test runs leave the tree clean.
  const path = process.env.TAGWRIGHT_UPDATE_SCREENSHOT
    ? join(repoRoot, 'docs', 'screenshot-workspace.png')
    : test.info().outputPath('screenshot-workspace.png');
  await page.screenshot({ path });
});
