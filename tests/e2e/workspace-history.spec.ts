import { expect, test } from './harness';
import { labelPassage, openFirstDocument, savedAnnotations } from './workspace-actions';

const FIGURE = 'only 25 percent accurate';

test('undo of the first annotation sets its document back to New, on the page and in the file; redo starts it again', async ({
  workbench,
}) => {
  const { page } = workbench;
  const document = await openFirstDocument(workbench);
  const status = page.getByRole('combobox', { name: `Status of ${document.title}` });
  const savedStatus = async () => (await workbench.savedProject()).documents[0]!.status;
  await expect(status).toHaveValue('new');

  await labelPassage(page, FIGURE, 'f');
  await expect(status).toHaveValue('in-progress');
  await expect.poll(savedStatus).toBe('in-progress');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status).toHaveValue('new');
  await expect.poll(savedStatus).toBe('new');
  expect(await savedAnnotations(workbench)).toEqual([]);

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(status).toHaveValue('in-progress');
  await expect.poll(savedStatus).toBe('in-progress');
  expect(await savedAnnotations(workbench)).toHaveLength(1);
});
