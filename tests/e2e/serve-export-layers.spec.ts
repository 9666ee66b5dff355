import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTeamFiles, TEAM_WORK } from '../support/team-files';
import { seriousViolations } from './axe-findings';
import { expect, test } from './serve-harness';
import { annotatorCopies, mergeByKeyboard } from './team-actions';
import { openExportDialog } from './workspace-actions';

// The lead exports one annotator's layer from the dialog, after merging the three copies.

const made = join(tmpdir(), `tagwright-layers-e2e-${process.pid}`);
test.use({ project: join(made, 'lead.tagwright'), serveExportDir: true });

test.beforeAll(async () => {
  await mkdir(made, { recursive: true });
  await createTeamFiles(made);
});
test.afterAll(() => rm(made, { recursive: true, force: true }));

test("the export dialog lists each annotator's layer and exports only the one chosen", async ({ workbench }) => {
  const { page } = workbench;
  const merge = await mergeByKeyboard(page, await annotatorCopies(made, Object.keys(TEAM_WORK)));
  await expect(merge.getByRole('status')).toHaveText('Merged 3 files.');
  await page.keyboard.press('Escape');

  const dialog = await openExportDialog(page);
  const layer = dialog.getByRole('group', { name: 'Layer' });
  await expect(layer.getByRole('radio')).toHaveCount(4);
  await expect(layer.getByRole('radio', { name: 'All annotators (each annotation with its annotator)' })).toBeChecked();
  await layer.getByRole('radio', { name: 'ben (4 annotations)' }).check();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByLabel('Format').selectOption({ label: 'Tagwright JSONL (lossless)' });
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText('On the server: ');
  const path = /On the server: (.+\.jsonl)/.exec(await status.innerText())![1]!;
  const lines = (await readFile(path, 'utf8')).trimEnd().split('\n').slice(1);
  const marks = lines.flatMap((line) =>
    (JSON.parse(line) as { annotations: { quote: string; annotator: string }[] }).annotations.map(
      (a) => `${a.quote} by ${a.annotator}`,
    ),
  );
  expect(marks.sort()).toEqual(TEAM_WORK.ben!.map((m) => `${m.quote} by ben`).sort());
});

test('all layers to brat: the dialog says each annotator gets a folder, and writes one per annotator', async ({
  workbench,
}) => {
  const { page } = workbench;
  const merge = await mergeByKeyboard(page, await annotatorCopies(made, Object.keys(TEAM_WORK)));
  await expect(merge.getByRole('status')).toHaveText('Merged 3 files.');
  await page.keyboard.press('Escape');

  const dialog = await openExportDialog(page);
  await dialog.getByLabel('Format').selectOption({ label: 'brat standoff (.txt + .ann per document)' });
  const layer = dialog.getByRole('group', { name: 'Layer' });
  await expect(layer.getByRole('radio', { name: 'All annotators (each annotation with its annotator)' })).toBeChecked();
  await expect(layer).toContainText(
    'brat standoff (.txt + .ann per document) keeps each annotator apart: a folder per annotator (<annotator id>/), each a brat collection with its annotation.conf.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText('Each annotator apart: ');
  const folder = /On the server: \d+ files in (.+) \(/.exec(await status.innerText())![1]!;
  const annotators = (await readdir(folder)).sort();
  expect(annotators).toHaveLength(3);
  for (const annotator of annotators) expect(await readdir(join(folder, annotator))).toContain('annotation.conf');
});
