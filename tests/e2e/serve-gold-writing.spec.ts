import { expectNoSeriousViolationsInBothThemes } from './axe-findings';
import { expect, test } from './serve-harness';
import { labelPassage, openDocumentByKeyboard } from './workspace-actions';

// The curator labels straight into gold (docs/team.md): Ctrl+Shift+G switches the normal
// labelling keys to the gold layer, shown and announced while on; undo takes the span back.

test('the curator switches to gold, labels a passage with a key, and the saved file has it as gold; undo; and back to their own layer', async ({
  workbench,
}) => {
  const { page } = workbench;
  const document = (await workbench.savedProject()).documents[0]!;
  const savedSpans = async () =>
    (await workbench.savedProject()).annotations.map((a) => [a.quote, a.label, a.annotator]);
  await openDocumentByKeyboard(page, document.title);

  const toggle = page.getByRole('contentinfo').getByRole('button', { name: /Write to gold/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+Shift+G');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const main = page.getByRole('main', { name: 'Document' });
  await expect(main.getByText('Writing to gold.')).toBeVisible();
  await expect(main.locator('[aria-live="polite"]').first()).toHaveText(
    'Writing to gold: new labels go into the gold layer.',
  );

  await labelPassage(page, 'Envoy magazine', '3');
  await expect.poll(savedSpans).toEqual([['Envoy magazine', 'actor', 'gold']]);
  expect((await workbench.savedProject()).annotators).toContainEqual({ id: 'gold', name: 'Gold' });

  await page.keyboard.press('Control+z');
  await expect.poll(savedSpans).toEqual([]);

  await page.keyboard.press('Control+Shift+G');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(main.getByText('Writing to gold.')).toBeHidden();
  await labelPassage(page, 'Envoy magazine', '3');
  await expect.poll(savedSpans).toEqual([['Envoy magazine', 'actor', 'e2e']]);

  // On again for the checks: the switch pressed and the banner shown, in both themes.
  await page.keyboard.press('Control+Shift+G');
  await expect(main.getByText('Writing to gold.')).toBeVisible();
  await expectNoSeriousViolationsInBothThemes(page);
});
