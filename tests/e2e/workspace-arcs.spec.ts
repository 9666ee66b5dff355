import type { Page } from '@playwright/test';
import { expectNoSeriousViolationsInBothThemes } from './axe-findings';
import { expect, test, type Workbench } from './harness';
import { annotationRows, documentTextSelector, openFirstDocument } from './workspace-actions';

const CLAIM = 'landmine maps are only 25 percent accurate';
const ACTOR = 'Hajizada';
// "After international pressure, Armenia provided some maps, … only 25% accurate."
const TRIGGER = 'provided';
const AGENT = 'Armenia';
const FIGURE = '25%';

/**
 * Labels a passage with the keyboard alone: Control+Home to the start of the text, arrows to the
 * passage, Shift+arrows over it, then the label's key.
 */
async function labelByKeyboard(workbench: Workbench, quote: string, key: string, followedBy = ''): Promise<void> {
  const { page } = workbench;
  const text = (await workbench.savedProject()).documents[0]!.text;
  const start = text.indexOf(`${quote}${followedBy}`);
  const before = await annotationRows(page).count();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < start; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < quote.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press(key);
  await expect(annotationRows(page)).toHaveCount(before + 1);
}

const linkStatus = (page: Page) => page.locator('[data-link-bar] [role="status"]');
const arcs = (page: Page, kind: 'relation' | 'role') => page.locator(`svg[data-arc-layer] g.tw-arc--${kind}`);

interface Point {
  x: number;
  y: number;
}

/** The two ends of an arc's path on screen, and the first line box of each highlight it should join. */
async function arcAndEnds(page: Page, arcId: string, from: string, to: string) {
  return page.evaluate(
    ({ arcId, from, to, selector }) => {
      const path = document.querySelector<SVGPathElement>(`[data-arc-id="${arcId}"] path`)!;
      const matrix = path.getScreenCTM()!;
      const at = (length: number): Point => {
        const p = path.getPointAtLength(length).matrixTransform(matrix);
        return { x: p.x, y: p.y };
      };
      const box = (id: string) => {
        const r = document.querySelector(`${selector} [data-annotation-id~="${id}"]`)!.getClientRects()[0]!;
        return { left: r.left, right: r.right, top: r.top };
      };
      return { start: at(0), end: at(path.getTotalLength()), from: box(from), to: box(to) };
    },
    { arcId, from, to, selector: documentTextSelector },
  );
}

function expectOnTopOf(point: Point, box: { left: number; right: number; top: number }): void {
  expect(point.x).toBeGreaterThanOrEqual(box.left);
  expect(point.x).toBeLessThanOrEqual(box.right);
  expect(Math.abs(point.y - box.top)).toBeLessThan(2);
}

test('keyboard only: a claim linked to its source with R, an event with two roles with V, arcs drawn, undone and hidden', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await page.getByRole('textbox', { name: 'Document text' }).focus();
  await labelByKeyboard(workbench, CLAIM, 'c');
  await labelByKeyboard(workbench, ACTOR, 'a');

  // Escape lets go of the actor; Tab takes the claim (the first annotation); R enters link mode.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Claim: ${CLAIM}` })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('r');
  await expect(linkStatus(page)).toContainText(`Link “${CLAIM}” as attributed to: Actor “${ACTOR}”, 1 of 1`);
  await page.keyboard.press('Enter');
  await expect(linkStatus(page)).toContainText(`Linked “${CLAIM}” attributed to “${ACTOR}”`);

  const saved = await workbench.savedProject();
  const claim = saved.annotations.find((a) => a.label === 'claim')!;
  const actor = saved.annotations.find((a) => a.label === 'actor')!;
  await expect
    .poll(async () => (await workbench.savedProject()).relations)
    .toEqual([expect.objectContaining({ type: 'attributed-to', from: claim.id, to: actor.id })]);
  const relationId = (await workbench.savedProject()).relations[0]!.id;
  await expect(arcs(page, 'relation')).toHaveCount(1);
  await expect(arcs(page, 'relation')).toHaveText('attributed to');
  const relationArc = await arcAndEnds(page, `relation:${relationId}`, claim.id, actor.id);
  expectOnTopOf(relationArc.start, relationArc.from);
  expectOnTopOf(relationArc.end, relationArc.to);

  // An event on "provided": V makes it, type-ahead finds its agent, 3 chooses the figure role.
  await labelByKeyboard(workbench, AGENT, 'a', ` ${TRIGGER}`);
  await labelByKeyboard(workbench, FIGURE, 'f');
  await labelByKeyboard(workbench, TRIGGER, 'e');
  await page.keyboard.press('v');
  await expect(linkStatus(page)).toContainText(`Role of the event on “${TRIGGER}”: agent`);
  await page.keyboard.type('arm');
  await expect(linkStatus(page)).toContainText(`Actor “${AGENT}”, 1 of 1`);
  await page.keyboard.press('Enter');
  await expect(arcs(page, 'role')).toHaveCount(1);
  await page.keyboard.press('3');
  await expect(linkStatus(page)).toContainText(`: figure: Figure “${FIGURE}”`);
  await page.keyboard.press('Enter');
  await expect(arcs(page, 'role')).toHaveCount(2);
  await expect(arcs(page, 'role')).toHaveText(['agent', 'figure']);
  await page.keyboard.press('Escape');
  await expect(linkStatus(page)).toHaveText('Link mode left.');

  const withEvent = await workbench.savedProject();
  const id = (quote: string) => withEvent.annotations.find((a) => a.quote === quote)!.id;
  await expect
    .poll(async () => (await workbench.savedProject()).events)
    .toEqual([
      expect.objectContaining({
        type: 'event',
        trigger: id(TRIGGER),
        arguments: [
          { role: 'agent', target: id(AGENT), targetKind: 'annotation' },
          { role: 'figure', target: id(FIGURE), targetKind: 'annotation' },
        ],
      }),
    ]);
  const eventId = (await workbench.savedProject()).events[0]!.id;
  const agentArc = await arcAndEnds(page, `role:${eventId}:0`, id(TRIGGER), id(AGENT));
  expectOnTopOf(agentArc.start, agentArc.from);
  expectOnTopOf(agentArc.end, agentArc.to);
  await expectNoSeriousViolationsInBothThemes(page);

  // Undo takes the last role away, on the page and in the file.
  await page.keyboard.press('Control+z');
  await expect(arcs(page, 'role')).toHaveCount(1);
  await expect
    .poll(async () => (await workbench.savedProject()).events[0]?.arguments)
    .toEqual([{ role: 'agent', target: id(AGENT), targetKind: 'annotation' }]);

  // H hides the arcs (and remembers it), H again shows them.
  const toggle = page.getByRole('checkbox', { name: 'Show arcs' });
  await page.keyboard.press('h');
  await expect(toggle).not.toBeChecked();
  await expect(page.locator('svg[data-arc-layer] [data-arc-id]')).toHaveCount(0);
  await expect.poll(() => workbench.service.getPreferences().showArcs).toBe(false);
  await toggle.check();
  await expect(arcs(page, 'relation')).toHaveCount(1);
  await expect(arcs(page, 'role')).toHaveCount(1);
});
