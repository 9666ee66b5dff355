import type { Page } from '@playwright/test';
import { arcs } from './arc-checks';
import { seriousViolations } from './axe-findings';
import { callsFromPage, expect, test, type Workbench } from './harness';
import { annotationRows, labelPassage, openFirstDocument, selectByMouse } from './workspace-actions';

const CLAIM = 'landmine maps are only 25 percent accurate';
const ACTOR = 'Aykhan Hajizada';

const linkStatus = (page: Page) => page.locator('[data-link-bar] [role="status"]');
const dragLayer = (page: Page) => page.locator('svg[data-link-drag-layer]');
const typeMenu = (page: Page) => page.getByRole('menu', { name: `Link “${CLAIM}” to “${ACTOR}” as` });

/** Labels the claim and the actor; returns their ids from the saved file. */
async function claimAndActor(workbench: Workbench): Promise<{ claim: string; actor: string }> {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, CLAIM, 'c');
  await labelPassage(page, ACTOR, 'a');
  await page.keyboard.press('Escape');
  const saved = await workbench.savedProject();
  const id = (label: string) => saved.annotations.find((a) => a.label === label)!.id;
  return { claim: id('claim'), actor: id('actor') };
}

/** The middle of an annotation's first highlight run on screen. */
async function middleOf(page: Page, annotationId: string): Promise<{ x: number; y: number }> {
  const box = (await page
    .locator(`[data-document-pane] [data-annotation-id~="${annotationId}"]`)
    .first()
    .boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Alt + press on one highlight and drag onto another, leaving the button pressed (the test releases it). */
async function dragOnto(page: Page, fromId: string, toId: string): Promise<void> {
  const from = await middleOf(page, fromId);
  const to = await middleOf(page, toId);
  await page.keyboard.down('Alt');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  // Marked while dragging: the source, the target under the pointer, and the line between them.
  await expect(dragLayer(page).locator('.tw-link-drag__band')).toHaveCount(1);
  await expect(dragLayer(page).locator('.tw-link-drag__target.is-over').first()).toBeVisible();
}

async function release(page: Page): Promise<void> {
  await page.mouse.up();
  await page.keyboard.up('Alt');
}

test('Alt + drag from a claim to an actor links them: saved, drawn, one undo; a drag without Alt still selects text in the claim', async ({
  workbench,
}) => {
  const { page } = workbench;
  const { claim, actor } = await claimAndActor(workbench);

  // Without Alt a drag inside a highlight selects its text, to label part of it.
  await selectByMouse(page, 'only 25 percent');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('only 25 percent');
  await page.keyboard.press('Escape');

  await dragOnto(page, claim, actor);
  await release(page);
  await expect(dragLayer(page).locator('*')).toHaveCount(0);
  await expect(linkStatus(page)).toHaveText(`Linked “${CLAIM}” attributed to “${ACTOR}”.`);
  await expect
    .poll(async () => (await workbench.savedProject()).relations)
    .toEqual([expect.objectContaining({ type: 'attributed-to', from: claim, to: actor })]);
  await expect(arcs(page, 'relation')).toHaveCount(1);
  await expect(arcs(page, 'relation').locator('text').first()).toHaveText('attributed to');

  // One undo step takes it back, on the page and in the file.
  await page.keyboard.press('Control+z');
  await expect(arcs(page, 'relation')).toHaveCount(0);
  await expect.poll(async () => (await workbench.savedProject()).relations).toEqual([]);
  expect((await workbench.savedProject()).annotations).toHaveLength(2);
});

test('Escape during a drag to link cancels it: nothing is made', async ({ workbench }) => {
  const { page } = workbench;
  const { claim, actor } = await claimAndActor(workbench);
  await dragOnto(page, claim, actor);
  await page.keyboard.press('Escape');
  await expect(dragLayer(page).locator('*')).toHaveCount(0);
  await release(page);
  await expect(linkStatus(page)).toHaveText('Link cancelled.');
  expect(callsFromPage(page)).not.toContain('createRelation');
  expect((await workbench.savedProject()).relations).toEqual([]);
  await expect(arcs(page, 'relation')).toHaveCount(0);
  // The claim is still there to link: the next drag works.
  await dragOnto(page, claim, actor);
  await release(page);
  await expect.poll(async () => (await workbench.savedProject()).relations).toHaveLength(1);
});

test('a drop two relation types fit asks which in a menu, chosen by keyboard (axe clean in both themes)', async ({
  workbench,
}) => {
  const { page } = workbench;
  const { schema } = await workbench.savedProject();
  const mentions = { id: 'mentions', name: 'mentions', sourceLabels: ['claim'], targetLabels: ['actor'] };
  workbench.service.updateSchema({ ...schema, relationTypes: [...schema.relationTypes, mentions] });
  const { claim, actor } = await claimAndActor(workbench);
  await expect(annotationRows(page)).toHaveCount(2);

  // The menu opens at the drop, its first type focused; Escape cancels it.
  await dragOnto(page, claim, actor);
  await release(page);
  const items = typeMenu(page).getByRole('menuitem');
  await expect(items).toHaveText(['attributed to', 'mentions']);
  await expect(items.first()).toBeFocused();
  expect(await seriousViolations(page), 'light theme').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(typeMenu(page)).toHaveCount(0);
  await expect(linkStatus(page)).toHaveText('Link cancelled.');
  expect(callsFromPage(page)).not.toContain('createRelation');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await dragOnto(page, claim, actor);
  await release(page);
  await expect(items.first()).toBeFocused();
  expect(await seriousViolations(page), 'dark theme').toEqual([]);
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(typeMenu(page)).toHaveCount(0);
  await expect(linkStatus(page)).toHaveText(`Linked “${CLAIM}” mentions “${ACTOR}”.`);
  await expect
    .poll(async () => (await workbench.savedProject()).relations)
    .toEqual([expect.objectContaining({ type: 'mentions', from: claim, to: actor })]);
  await expect(arcs(page, 'relation').locator('text').first()).toHaveText('mentions');
});
