import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { serveFolder } from './static-server';
// @ts-expect-error plain ESM helper shared with the bench (no type declarations)
import { buildBenchPage } from '../bench/document-view/build-bench-page.mjs';

// The document view on its own, on the bench's small demo page (the workspace's user-story
// specs cover it inside the app): keyboard selection, read-only text, clicks, overlaps, updates.
let server: { url: string; close: () => Promise<void> };

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dir: string = await buildBenchPage(join(import.meta.dirname, '..', '..', '.bench', 'document-view-e2e'));
  server = await serveFolder(dir);
});
test.afterAll(async () => server?.close());

const text = (page: Page) => page.locator('.ProseMirror');
type DemoApi = Record<string, (...args: unknown[]) => unknown>;
/** Calls one of the demo page's window.__demo functions. */
const demo = (page: Page, fn: string, ...args: unknown[]) =>
  page.evaluate(([f, a]) => (window as never as { __demo: DemoApi }).__demo[f]!(...a), [fn, args] as const);

/**
 * Records, in the page, the ids of every highlight that gets the flash class from now on. The flash
 * lasts a second: on a busy machine it can come and go between two of Playwright's checks, so the
 * tests read this record instead of hoping to catch the class while it is there.
 */
const recordFlashes = (page: Page) =>
  page.evaluate(() => {
    const seen = new Set<string>();
    (window as never as { __flashed: Set<string> }).__flashed = seen;
    // Decorations may toggle the class or draw a new element: look at what is flashing after any change.
    new MutationObserver(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.tw-hl--flash')) {
        for (const id of el.dataset.annotationId?.split(' ') ?? []) seen.add(id);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  });
const flashed = (page: Page) => page.evaluate(() => [...(window as never as { __flashed: Set<string> }).__flashed]);

test.beforeEach(async ({ page }) => {
  await page.goto(`${server.url}?mode=demo`);
  await expect(page.locator('[data-annotation-id~="fig1"]')).toBeVisible();
});

test('selects with Shift+arrows and reports the trimmed, optionally word-snapped span', async ({ page }) => {
  await demo(page, 'focus');
  await expect(text(page)).toBeFocused();
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
  // "Officials " selected: the trailing space is trimmed.
  await expect(page.locator('#selection')).toHaveText('0-9');
  expect(await demo(page, 'currentSelection')).toEqual({ start: 0, end: 9 });

  await demo(page, 'setSnap', true);
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  // "sai" snaps to "said" (the view reads the keyboard's selection on selectionchange, after the keys).
  await expect.poll(() => demo(page, 'currentSelection')).toEqual({ start: 10, end: 14 });
  await demo(page, 'clear');
  expect(await demo(page, 'currentSelection')).toBeNull();
});

test('keeps the text read-only while focusable', async ({ page }) => {
  const before = await text(page).innerText();
  await text(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.type('xyz');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  expect(await text(page).innerText()).toBe(before);
});

test('draws overlaps distinguishably, with tooltips, and clicks choose the innermost span', async ({ page }) => {
  const inner = page.locator('[data-annotation-id="fig1 claim1"]');
  await expect(inner).toHaveText('only 25 percent');
  await expect(inner).toHaveAttribute('data-label', 'figure claim');
  await expect(inner).toHaveAttribute('title', 'Figure\nClaim: Disputed by observers');

  await inner.click();
  await expect(page.locator('#selected')).toHaveText('fig1');
  await expect(inner).toHaveClass(/tw-hl--selected/);
  await page.locator('[data-annotation-id="claim1"]', { hasText: 'accurate' }).click();
  await expect(page.locator('#selected')).toHaveText('claim1');
  await page.getByText('Third line.').click();
  await expect(page.locator('#selected')).toHaveText('none');

  // A span across a paragraph break is drawn per paragraph.
  const pieces = await page.locator('[data-annotation-id~="cross"]').allInnerTexts();
  expect(pieces.join('|')).toBe('year|.|A second');
});

test('adds and removes one highlight, and reveals with a flash', async ({ page }) => {
  const t = await page.evaluate(() => (window as never as { __demo: { text: string } }).__demo.text);
  const start = t.indexOf('café');
  await demo(page, 'add', {
    id: 'new1',
    documentId: 'demo',
    start,
    end: start + 4,
    quote: 'café',
    label: 'actor',
    attributes: {},
    note: 'n',
    annotator: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  await expect(page.locator('[data-annotation-id="new1"]')).toHaveText('café');
  await expect(page.locator('[data-annotation-id="new1"]')).toHaveAttribute('title', 'Actor: n');
  await recordFlashes(page);
  await demo(page, 'reveal', 'new1');
  await expect.poll(() => flashed(page)).toContain('new1');
  // The flash ends by itself.
  await expect(page.locator('[data-annotation-id="new1"]')).not.toHaveClass(/tw-hl--flash/);
  await demo(page, 'remove', 'new1');
  await expect(page.locator('[data-annotation-id~="new1"]')).toHaveCount(0);
});

test('reveals a span near the end of a long document while it is still being built', async ({ page }) => {
  // The page holds the progressive build after its first screen until releaseBuild: the reveal
  // below is asked for while the document is still being built, however fast the machine.
  await page.goto(`${server.url}?mode=demo&long=1&holdBuild=1`);
  const paragraphs = page.locator('.ProseMirror p');
  await expect(paragraphs.first()).toBeVisible();
  const firstScreen = await paragraphs.count();
  expect(firstScreen).toBeLessThan(477);
  const last = await page.evaluate(() => {
    const { annotations } = (window as never as { __demo: { annotations: { id: string; start: number }[] } }).__demo;
    return [...annotations].sort((a, b) => b.start - a.start)[0]!.id;
  });
  await recordFlashes(page);
  await demo(page, 'reveal', last);
  const target = page.locator(`[data-annotation-id~="${last}"]`).first();
  expect(await target.count()).toBe(0);
  expect(await paragraphs.count()).toBe(firstScreen);
  await demo(page, 'releaseBuild');
  // The reveal waited for the build: the span is shown and flashed in the whole document.
  await expect(target).toBeInViewport();
  await expect.poll(() => flashed(page)).toContain(last);
  await expect(paragraphs).toHaveCount(477);
  // Only the neighbourhood of the viewport is drawn, not the 1,000 spans of the whole document.
  expect(await page.locator('[data-annotation-id]').count()).toBeLessThan(400);

  // Scrolling moves the drawn window with the viewport.
  await page.locator('.tw-docview').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('[data-annotation-id]')].some((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      ),
    )
    .toBe(true);
  expect(await page.locator('[data-annotation-id]').count()).toBeLessThan(400);
});
