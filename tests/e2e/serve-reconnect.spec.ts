import { expect, test } from './serve-harness';
import { annotationRows, highlightedText, openDocumentByTitle } from './workspace-actions';

// Browser mode's event socket can drop (the server restarted, the laptop slept): the events sent
// while it was away are lost, so the page reads the project again once it is back.

test('after its event connection comes back, the page shows what changed while it was away', async ({ workbench }) => {
  const { page } = workbench;
  const [open, other] = (await workbench.savedProject()).documents;
  await openDocumentByTitle(page, open!.title);
  await expect(annotationRows(page)).toHaveCount(0);
  const start = open!.text.search(/\p{L}{5,}/u);

  let createdId = '';
  await workbench.interruptServer(() => {
    // Another client's changes, made while the page cannot hear of them.
    const created = workbench.service.createAnnotation({
      documentId: open!.id,
      start,
      end: start + 5,
      label: 'actor',
    });
    createdId = created.annotations.added[0]!.id;
    workbench.service.setDocumentStatus(other!.id, 'done');
  });

  // The open document (its panel and its highlights), the document list and the project's counts.
  await expect(annotationRows(page)).toHaveCount(1);
  await expect.poll(() => highlightedText(page, createdId)).toBe(open!.text.slice(start, start + 5));
  await expect(page.getByRole('combobox', { name: `Status of ${other!.title}` })).toHaveValue('done');
  await expect(page.getByRole('combobox', { name: `Status of ${open!.title}` })).toHaveValue('in-progress');
  await expect(page.locator('.status-counts')).toContainText('1 annotation in the project');

  // And the socket is back: the next change arrives as an event again.
  workbench.service.deleteAnnotation(createdId);
  await expect(annotationRows(page)).toHaveCount(0);
});
