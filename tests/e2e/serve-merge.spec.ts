import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTeamFiles, TEAM_WORK } from '../support/team-files';
import { readSavedProject } from '../support/project-file-text';
import { seriousViolations } from './axe-findings';
import { expect, test } from './serve-harness';
import { annotatorCopies, mergeByKeyboard } from './team-actions';

// The lead's story in browser mode: three annotators' copies (handed out and labelled with the real
// CLI and service: tests/support/team-files.ts) merged in the page, keyboard only; the summary, the
// saved file and the agreement dialog then show the three annotators.

const made = join(tmpdir(), `tagwright-merge-e2e-${process.pid}`);
const ANNOTATORS = Object.keys(TEAM_WORK);
test.use({ project: join(made, 'lead.tagwright') });

test.beforeAll(async () => {
  await mkdir(made, { recursive: true });
  await createTeamFiles(made);
});
test.afterAll(() => rm(made, { recursive: true, force: true }));

const copies = () => annotatorCopies(made, ANNOTATORS);

test("three annotators' files merged in the page: the summary, the saved file and the agreement dialog show all three", async ({
  workbench,
}) => {
  const { page } = workbench;
  const dialog = await mergeByKeyboard(page, await copies());
  await expect(dialog.getByRole('status')).toHaveText('Merged 3 files.');
  const summary = dialog.getByRole('table', { name: 'What came from each file' });
  const rows = (await summary.getByRole('row').allInnerTexts()).map((r) => r.split('\t'));
  expect(rows).toEqual([
    ['File', 'Documents new', 'Documents matched', 'Annotations added', 'Already there', 'Annotators', 'Assignments'],
    ['ana.tagwright', '0', '3', '4', '0', 'ana: 4 added', '0 new, 0 finished'],
    ['ben.tagwright', '0', '3', '4', '0', 'ben: 4 added', '0 new, 0 finished'],
    ['cy.tagwright', '0', '3', '3', '0', 'cy: 3 added', '0 new, 0 finished'],
  ]);
  expect(await seriousViolations(page)).toEqual([]);

  const saved = await workbench.savedProject();
  const byAnnotator: Record<string, string[][]> = {};
  for (const a of saved.annotations) (byAnnotator[a.annotator] ??= []).push([a.quote, a.label]);
  expect(byAnnotator).toEqual(
    Object.fromEntries(Object.entries(TEAM_WORK).map(([who, marks]) => [who, marks.map((m) => [m.quote, m.label])])),
  );
  expect(saved.documents).toHaveLength(3);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Agreement…' }).focus();
  await page.keyboard.press('Enter');
  const agreement = page.getByRole('dialog', { name: 'Agreement between annotators' });
  await expect(agreement.getByRole('status').first()).toHaveText('3 annotators compared on 2 documents.');
  const matrix = agreement.getByRole('table', { name: /between each pair of annotators/ });
  for (const annotator of ANNOTATORS) await expect(matrix.getByRole('columnheader', { name: annotator })).toBeVisible();
});

test('schema differences are shown and decided in the page before anything is written', async ({ workbench }) => {
  const { page } = workbench;
  const before = await readFile(workbench.projectPath!);
  const ben = JSON.parse(await readFile(join(made, 'ben.tagwright'), 'utf8')) as {
    schema: { labels: { id: string; colour: string }[] };
  };
  ben.schema.labels.find((l) => l.id === 'actor')!.colour = '#123456';
  const dialog = await mergeByKeyboard(page, [{ name: 'ben.tagwright', buffer: Buffer.from(JSON.stringify(ben)) }]);
  const decision = dialog.getByRole('group', { name: 'Label "Actor" differs in ben.tagwright: colour.' });
  await expect(decision).toBeVisible();
  expect(await readFile(workbench.projectPath!)).toEqual(before);
  await expect(dialog.getByRole('button', { name: 'Merge', exact: true })).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await decision.getByRole('radio', { name: 'Take theirs' }).focus();
  await page.keyboard.press('Space');
  await dialog.getByRole('button', { name: 'Merge', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Merged 1 file.');
  const saved = await workbench.savedProject();
  expect(saved.schema.labels.find((l) => l.id === 'actor')!.colour).toBe('#123456');
  expect(saved.annotations.map((a) => a.annotator)).toEqual(['ben', 'ben', 'ben', 'ben']);
});

test('a file that is not a project is named in the dialog, and nothing is merged', async ({ workbench }) => {
  const { page } = workbench;
  await writeFile(join(made, 'notes.tagwright'), '{"hello": "world"}');
  const before = await readFile(workbench.projectPath!);
  const dialog = await mergeByKeyboard(page, [
    { name: 'ana.tagwright', buffer: await readFile(join(made, 'ana.tagwright')) },
    { name: 'notes.tagwright', buffer: await readFile(join(made, 'notes.tagwright')) },
  ]);
  await expect(dialog.getByRole('alert')).toHaveText(
    'Nothing was merged. Cannot open notes.tagwright: this is not a Tagwright project (no "format": "tagwright-project")',
  );
  expect(await readFile(workbench.projectPath!)).toEqual(before);
});

test("Export for annotator… writes the annotator's copy where the server keeps projects", async ({ workbench }) => {
  const { page } = workbench;
  await page.getByRole('button', { name: 'Export for annotator…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export for annotator' });
  await dialog.getByRole('textbox', { name: 'Annotator' }).focus();
  await page.keyboard.type('dora');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText(
    'Wrote lead — dora.tagwright for dora: 3 documents, 0 annotations.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  const copy = await readSavedProject(join(workbench.projectsDir, 'lead — dora.tagwright'));
  const lead = await workbench.savedProject();
  expect(copy.id).not.toBe(lead.id);
  expect(copy.schema).toEqual(lead.schema);
  expect(copy.documents.map((d) => d.sha256)).toEqual(lead.documents.map((d) => d.sha256));
  expect(copy.annotations).toEqual([]);
});
