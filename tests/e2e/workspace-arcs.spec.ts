import type { Page } from '@playwright/test';
import { arcAndEnds, arcPointsOnText, arcs, expectOnTopOf } from './arc-checks';
import { expectNoSeriousViolationsInBothThemes } from './axe-findings';
import { expect, test, type Workbench } from './harness';
import { annotationRows, labelPassage, openFirstDocument, selectByMouse } from './workspace-actions';
import { labelByKeyboard as labelPassageByKeyboard } from './keyboard-labelling';
import { attributeFirstAnnotation, eventWithAgent, linkStatus } from './link-mode-actions';

const CLAIM = 'landmine maps are only 25 percent accurate';
const ACTOR = 'Hajizada';
// "After international pressure, Armenia provided some maps, … only 25% accurate."
const TRIGGER = 'provided';
const AGENT = 'Armenia';
const FIGURE = '25%';

/** Labels a passage of the open (first) document with the keyboard alone (keyboard-labelling.ts). */
async function labelByKeyboard(workbench: Workbench, quote: string, key: string, followedBy = ''): Promise<void> {
  const document = (await workbench.savedProject()).documents[0]!;
  await labelPassageByKeyboard(workbench.page, document, quote, key, followedBy);
}

/** The row whose own quote is `quote` (another row may mention it in its relations or roles). */
const rowOf = (page: Page, quote: string) =>
  annotationRows(page).filter({ has: page.getByRole('button', { name: new RegExp(`^\\w+: ${quote}$`) }) });
test('keyboard only: a claim linked to its source with R, an event with two roles with V, arcs drawn, undone and hidden', async ({
  workbench,
}) => {
  // Five searches, some fifty key presses and two axe runs: minutes, not seconds, on a loaded machine.
  test.slow();
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelByKeyboard(workbench, CLAIM, 'c');
  await labelByKeyboard(workbench, ACTOR, 'a');

  // Escape lets go of the actor; Tab takes the claim (the first annotation); R enters link mode.
  await attributeFirstAnnotation(page, 'Claim', CLAIM, ACTOR);

  const saved = await workbench.savedProject();
  const claim = saved.annotations.find((a) => a.label === 'claim')!;
  const actor = saved.annotations.find((a) => a.label === 'actor')!;
  await expect
    .poll(async () => (await workbench.savedProject()).relations)
    .toEqual([expect.objectContaining({ type: 'attributed-to', from: claim.id, to: actor.id })]);
  const relationId = (await workbench.savedProject()).relations[0]!.id;
  await expect(arcs(page, 'relation')).toHaveCount(1);
  // The claim's line and the actor's, lines apart: labelled above each, and never across the lines between.
  await expect(arcs(page, 'relation').locator('text')).toHaveText(['attributed to', 'attributed to']);
  const relationArc = await arcAndEnds(page, `relation:${relationId}`, claim.id, actor.id);
  expectOnTopOf(relationArc.start, relationArc.from);
  expectOnTopOf(relationArc.end, relationArc.to);
  expect(await arcPointsOnText(page, `relation:${relationId}`)).toEqual([]);

  // An event on "provided": V makes it, type-ahead finds its agent, 3 chooses the figure role.
  await labelByKeyboard(workbench, AGENT, 'a', ` ${TRIGGER}`);
  await labelByKeyboard(workbench, FIGURE, 'f');
  await labelByKeyboard(workbench, TRIGGER, 'e');
  await eventWithAgent(page, TRIGGER, 'arm', AGENT);
  await page.keyboard.press('3');
  await expect(linkStatus(page)).toContainText(`: figure: Figure “${FIGURE}”`);
  await page.keyboard.press('Enter');
  await expect(arcs(page, 'role')).toHaveCount(2);
  await expect(arcs(page, 'role').locator('text:first-of-type')).toHaveText(['agent', 'figure']);
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

test('events in the panel: two on one trigger numbered, roles listed both ways, a role and an event removed and undone', async ({
  workbench,
}) => {
  test.slow(); // two axe runs
  const { page } = workbench;
  await openFirstDocument(workbench);
  // The "Armenia" right before "provided" (the title has one too).
  const text = (await workbench.savedProject()).documents[0]!.text;
  await selectByMouse(page, AGENT, text.slice(0, text.indexOf(`${AGENT} ${TRIGGER}`)).split(AGENT).length - 1);
  await page.keyboard.press('a');
  await expect(annotationRows(page)).toHaveCount(1);
  await labelPassage(page, TRIGGER, 'e');
  const triggerRow = rowOf(page, TRIGGER);

  // "New event" starts link mode for its roles: the nearest actor is offered; Enter adds it.
  await triggerRow.getByRole('button', { name: `New event on “${TRIGGER}”` }).click();
  await expect(linkStatus(page)).toContainText(`Role of the event on “${TRIGGER}”: agent: Actor “${AGENT}”`);
  await page.keyboard.press('Enter');
  await expect(triggerRow.getByRole('list', { name: 'Roles of Event 1' })).toHaveText(`agent “${AGENT}”×`);
  await page.keyboard.press('Escape');
  await triggerRow.getByRole('button', { name: `New event on “${TRIGGER}”` }).click();
  await page.keyboard.press('Escape');
  await expect(triggerRow.getByRole('region', { name: 'Event 2' })).toBeVisible();
  await expect(rowOf(page, AGENT).getByRole('list', { name: `Event roles of “${AGENT}”` })).toHaveText(
    `agent of Event 1 on “${TRIGGER}”`,
  );
  await expect.poll(async () => (await workbench.savedProject()).events).toHaveLength(2);
  const withAgent = (await workbench.savedProject()).events.find((e) => e.arguments.length === 1)!.id;
  await expectNoSeriousViolationsInBothThemes(page);

  // The role goes from the panel, then Event 2; undo brings Event 2 back, then the role.
  await triggerRow.getByRole('button', { name: `Remove role from Event 1: agent “${AGENT}”` }).click();
  await expect(arcs(page, 'role')).toHaveCount(0);
  await triggerRow.getByRole('button', { name: 'Delete Event 2' }).click();
  await expect(triggerRow.getByRole('region', { name: 'Event 2' })).toHaveCount(0);
  await expect.poll(async () => (await workbench.savedProject()).events.map((e) => e.arguments.length)).toEqual([0]);
  await page.keyboard.press('Control+z');
  await expect(triggerRow.getByRole('region', { name: 'Event 2' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(arcs(page, 'role')).toHaveCount(1);
  await expect(triggerRow.getByRole('list', { name: 'Roles of Event 1' })).toHaveText(`agent “${AGENT}”×`);
  const roleCounts = async () => {
    const events = (await workbench.savedProject()).events;
    const others = events.filter((e) => e.id !== withAgent).map((e) => e.arguments.length);
    return { withAgent: events.find((e) => e.id === withAgent)?.arguments.length, others };
  };
  await expect.poll(roleCounts).toEqual({ withAgent: 1, others: [0] });
});
