import { expect, test } from './serve-harness';
import { annotationRows, openDocumentByTitle, selectByMouse } from './workspace-actions';

// The workspace over the browser-mode server (HTTP calls, WebSocket events), as `tagwright serve` runs it.

test('labels a passage in the browser and the project file on disk has it', async ({ workbench }) => {
  const { page } = workbench;
  const before = await workbench.savedProject();
  const document = before.documents[0]!;
  const quote = /\p{L}{5,}/u.exec(document.text)![0];
  await openDocumentByTitle(page, document.title);
  await selectByMouse(page, quote);
  await page.keyboard.press('1');
  await expect
    .poll(async () => (await workbench.savedProject()).annotations.map((a) => [a.documentId, a.quote, a.label]))
    .toEqual([[document.id, quote, 'claim']]);

  // Stopped and started again (a new token and address), the label is still there.
  await workbench.restart();
  await openDocumentByTitle(page, document.title);
  await expect(annotationRows(page)).toHaveCount(1);
});

test("shows a change made elsewhere (another tab, the server's side) through the event socket", async ({
  workbench,
}) => {
  const { page, service } = workbench;
  const document = (await workbench.savedProject()).documents[0]!;
  await openDocumentByTitle(page, document.title);
  const annotations = page.getByRole('list', { name: 'Annotations in text order' });
  await expect(annotations.getByRole('listitem')).toHaveCount(0);
  const start = document.text.search(/\p{L}{5,}/u);
  const change = service.createAnnotation({ documentId: document.id, start, end: start + 5, label: 'actor' });
  await expect(annotations.getByRole('listitem')).toHaveCount(1);
  expect(change.annotations.added).toHaveLength(1);
});
