import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** axe-core's serious and critical findings on the page, as readable lines (rule, impact, first targets). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/**
 * Expects no serious findings in the light theme, switches to the dark theme (waiting for it), and
 * expects none there. `press` switches with the theme button as a keyboard user does (a click by default).
 */
export async function expectNoSeriousViolationsInBothThemes(
  page: Page,
  press: (button: Locator) => Promise<void> = (button) => button.click(),
): Promise<void> {
  expect(await seriousViolations(page), 'light theme').toEqual([]);
  await press(page.getByRole('button', { name: 'Dark theme' }));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page), 'dark theme').toEqual([]);
}
