import type { Page } from '@playwright/test';
import { expectNoSeriousViolationsInBothThemes } from './axe-findings';
import { expect, test } from './harness';
import { annotationRows, labelPassage, openFirstDocument } from './workspace-actions';

const CLAIM = 'landmine maps are only 25 percent accurate';
const ACTOR = 'Aykhan Hajizada';

/** The row whose own quote is `quote` (another row may mention it in its relations). */
const rowOf = (page: Page, quote: string) =>
  annotationRows(page).filter({ has: page.getByRole('button', { name: new RegExp(`^\\w+: ${quote}$`) }) });

test('a claim is attributed to an actor from its row: shown both ways, saved, removed with the actor, and undone', async ({
  workbench,
}) => {
  const { page } = workbench;
  await openFirstDocument(workbench);
  await labelPassage(page, CLAIM, 'c');
  await labelPassage(page, ACTOR, 'a');

  // Only the claim offers "attributed to", listing the actors of this document.
  const attribute = page.getByRole('combobox', { name: `Add relation “attributed to” from “${CLAIM}”` });
  await expect(rowOf(page, ACTOR).getByRole('combobox', { name: /Add relation/ })).toHaveCount(0);
  await attribute.selectOption({ label: `Actor: ${ACTOR}` });

  await expect(rowOf(page, CLAIM).getByRole('list', { name: /Relations of/ })).toContainText(
    `attributed to “${ACTOR}”`,
  );
  await expect(rowOf(page, ACTOR).getByRole('list', { name: /Relations of/ })).toContainText(
    `“${CLAIM}” is attributed to this`,
  );
  // The only actor is linked now: nothing left to offer.
  await expect(attribute).toBeDisabled();
  await expectNoSeriousViolationsInBothThemes(page);
  const project = await workbench.savedProject();
  const claim = project.annotations.find((a) => a.label === 'claim')!;
  const actor = project.annotations.find((a) => a.label === 'actor')!;
  expect(project.relations).toEqual([expect.objectContaining({ type: 'attributed-to', from: claim.id, to: actor.id })]);

  // Deleting the actor takes the relation along; the saved project stays consistent.
  await rowOf(page, ACTOR)
    .getByRole('button', { name: `Delete annotation “${ACTOR}”` })
    .click();
  await expect(rowOf(page, CLAIM).getByRole('list', { name: /Relations of/ })).toHaveCount(0);
  await expect.poll(async () => (await workbench.savedProject()).relations).toEqual([]);

  // Undo brings back both the actor and its relation.
  await page.keyboard.press('Control+z');
  await expect(rowOf(page, CLAIM).getByRole('list', { name: /Relations of/ })).toContainText(
    `attributed to “${ACTOR}”`,
  );
  await expect.poll(async () => (await workbench.savedProject()).relations).toHaveLength(1);

  // The relation alone can be removed from either end.
  await rowOf(page, ACTOR)
    .getByRole('button', { name: `Remove relation: “${CLAIM}” is attributed to this` })
    .click();
  await expect(rowOf(page, CLAIM).getByRole('list', { name: /Relations of/ })).toHaveCount(0);
  await expect.poll(async () => (await workbench.savedProject()).relations).toEqual([]);
  expect((await workbench.savedProject()).annotations).toHaveLength(2);
});
