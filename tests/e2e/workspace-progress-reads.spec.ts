import { holdAnswers } from './held-answers';
import { callsFromPage, expect, test } from './harness';
import { annotationRows } from './workspace-actions';

// The Progress view reads main's report again after every change, one read at a time: a burst of
// edits while a read is answered costs one more read, not one per edit (on a big project each
// report takes main a tenth of a second or more: docs/benchmarks.md, "Progress").

test('edits that arrive while the Progress view waits for its report make one more read, and the view shows the last', async ({
  workbench,
}) => {
  const { page, service } = workbench;
  const sample = await workbench.savedProject();
  const [document] = sample.documents;
  await expect(page.getByRole('toolbar', { name: 'Project' })).toBeVisible();
  // The first document open: its rows show when the edits have reached the page.
  await page.getByRole('button', { name: document!.title, exact: true }).click();
  await expect(page.locator(`.tw-docview[data-document-id="${document!.id}"]`)).toBeVisible();
  const reads = () => callsFromPage(page).filter((c) => c === 'getProgress').length;

  const release = holdAnswers(service, 'progress');
  await page.keyboard.press('Control+Shift+P');
  const view = page.getByRole('region', { name: /^Progress/ });
  await expect(view).toBeVisible();
  await expect.poll(reads).toBe(1);
  // Three edits while the first read waits: each reaches the page as an applied change.
  for (const [start, end] of [
    [0, 3],
    [4, 8],
    [9, 12],
  ] as const)
    service.createAnnotation({ documentId: document!.id, start, end, label: 'actor' });
  await expect(annotationRows(page)).toHaveCount(3);
  release();
  const cell = view.getByRole('gridcell', { name: /^Not assigned, annotated · 3 annotations/ });
  await expect(cell).toBeVisible();
  expect(reads()).toBe(2);
});
