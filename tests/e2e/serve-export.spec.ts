import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type ServeWorkbench } from './serve-harness';
import { codePointSpan, labelPassage, openExportDialog, openFirstDocument } from './workspace-actions';

// Export in browser mode (`tagwright serve`): a download without --export-dir, a file on the server with it.

/** Labels the first document's headline figure and runs a JSONL export; returns the dialog and the figure's span. */
async function labelFigureAndExportJsonl(workbench: ServeWorkbench) {
  const { page } = workbench;
  const document = await openFirstDocument(workbench);
  await labelPassage(page, 'only 25 percent accurate', 'f');
  const dialog = await openExportDialog(page);
  await dialog.getByLabel('Format').selectOption({ label: 'Tagwright JSONL (lossless)' });
  await dialog.getByRole('button', { name: 'Export…' }).click();
  return { dialog, span: codePointSpan(document.text, 'only 25 percent accurate') };
}

/** The export's document lines (after the header) as [id, [start, end, label, quote]…]. */
function spansOf(jsonl: string) {
  return jsonl
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => {
      const record = JSON.parse(line) as {
        id: string;
        annotations: { start: number; end: number; label: string; quote: string }[];
      };
      return [record.id, record.annotations.map((a) => [a.start, a.end, a.label, a.quote])] as const;
    });
}

test('without --export-dir, a JSONL export is a download of the exported bytes', async ({ workbench }) => {
  const { page } = workbench;
  const project = await workbench.savedProject();
  const { dialog, span } = await labelFigureAndExportJsonl(workbench);
  await expect(dialog.getByRole('status')).toContainText('Exported 5 documents and 1 annotation');
  const link = dialog.getByRole('link', { name: 'Download Sample project- landmine maps.jsonl' });
  await expect(link).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Show files' })).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('Sample project- landmine maps.jsonl');
  const bytes = await readFile(await download.path());
  const jsonl = bytes.toString('utf8');
  expect(jsonl.split('\n')).toHaveLength(7);
  expect(JSON.parse(jsonl.split('\n')[0]!)).toMatchObject({ format: 'tagwright-corpus', offsets: 'code-points' });
  const spans = spansOf(jsonl);
  expect(spans.map(([id]) => id)).toEqual(project.documents.map((d) => d.id));
  expect(spans[0]![1]).toEqual([[...span, 'figure', 'only 25 percent accurate']]);
  expect(spans.slice(1).every(([, s]) => s.length === 0)).toBe(true);
});

test('without --export-dir, a folder format says to restart with --export-dir', async ({ workbench }) => {
  const dialog = await openExportDialog(workbench.page);
  await dialog.getByLabel('Format').selectOption({ label: 'brat standoff (.txt + .ann per document)' });
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('tagwright serve --export-dir FOLDER');
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeEnabled();
});

test.describe('with --export-dir', () => {
  test.use({ serveExportDir: true });

  test('the export is written on the server under a fresh name, and Show files lists its path', async ({
    workbench,
  }) => {
    const { page, tempDir } = workbench;
    const { dialog, span } = await labelFigureAndExportJsonl(workbench);
    const path = join(tempDir, 'exports', 'Sample project- landmine maps.jsonl');
    await expect(dialog.getByRole('status')).toContainText(`On the server: ${path}`);
    expect(spansOf(await readFile(path, 'utf8'))[0]![1]).toEqual([[...span, 'figure', 'only 25 percent accurate']]);
    await dialog.getByRole('button', { name: 'Show files' }).click();
    await expect(dialog.getByRole('list', { name: 'Exported files on the server' })).toHaveText(path);
    await dialog.getByRole('button', { name: 'Done' }).click();

    // Again: a second file beside the first, never over it.
    await openExportDialog(page);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog.getByRole('status')).toContainText(
      join(tempDir, 'exports', 'Sample project- landmine maps 2.jsonl'),
    );
  });
});
