import type { Page } from '@playwright/test';
import { arcs } from './arc-checks';
import { expect } from './harness';

/** What link mode says (the link bar's live region). */
export const linkStatus = (page: Page) => page.locator('[data-link-bar] [role="status"]');

/**
 * From the keyboard: Escape lets go of the selected annotation, Tab takes the document's first
 * (the claim, shown as `labelName`), R enters link mode offering `source`, Enter links them.
 */
export async function attributeFirstAnnotation(page: Page, labelName: string, claim: string, source: string) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `${labelName}: ${claim}` })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('r');
  await expect(linkStatus(page)).toContainText(`Link “${claim}” as attributed to: Actor “${source}”, 1 of 1`);
  await page.keyboard.press('Enter');
  await expect(linkStatus(page)).toContainText(`Linked “${claim}” attributed to “${source}”`);
}

/**
 * On the selected trigger, V makes an event; the typed text finds the actor `agent` among the
 * highlights around it, Enter makes it the agent; its arc is drawn. Link mode stays on.
 */
export async function eventWithAgent(page: Page, trigger: string, typed: string, agent: string) {
  await page.keyboard.press('v');
  await expect(linkStatus(page)).toContainText(`Role of the event on “${trigger}”: agent`);
  await page.keyboard.type(typed);
  await expect(linkStatus(page)).toContainText(`Actor “${agent}”, 1 of 1`);
  await page.keyboard.press('Enter');
  await expect(arcs(page, 'role')).toHaveCount(1);
}
