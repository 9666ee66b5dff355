import { execFileSync } from 'node:child_process';
import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { FORMAT_NAMES, formatFacts } from '../../shared/formats/format-facts';
import { TagwrightError } from '../../shared/ipc/result';
import { readZip } from '../../shared/formats/corpus/zip-reader';
import { callsFromPage, expect, test } from './harness';
import {
  codePointSpan,
  exportDialog,
  labelPassage,
  openExportDialog,
  openFirstDocument,
  sendMainEvent,
} from './workspace-actions';

/** REFI-QDA's published project schema (tests/fixtures/formats/refi-qda/README.md). */
const PROJECT_XSD = resolve(import.meta.dirname, '../fixtures/formats/refi-qda/Project-mrt2019.xsd');

/** Chooses the format and, when given, unticks labels, then runs the export and waits for the summary. */
async function runExport(page: Page, formatTitle: string, untick: string[] = []): Promise<void> {
  const dialog = exportDialog(page);
  await dialog.getByLabel('Format').selectOption({ label: formatTitle });
  for (const label of untick) await dialog.getByRole('checkbox', { name: label }).uncheck();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('status')).toContainText('Exported');
}

test('exports brat, JSONL and CSV from the dialog: the bytes on disk, the summary, Show files, the label filter', async ({
  workbench,
}) => {
  const { page, dialogs, tempDir } = workbench;
  const document = await openFirstDocument(workbench);
  await labelPassage(page, 'only 25 percent accurate', 'f');
  await labelPassage(page, 'Aykhan Hajizada', 'a');
  const [figureStart, figureEnd] = codePointSpan(document.text, 'only 25 percent accurate');
  const [actorStart, actorEnd] = codePointSpan(document.text, 'Aykhan Hajizada');

  // brat: a folder with a .txt and an .ann per document.
  const dialog = await openExportDialog(page);
  const bratFolder = join(tempDir, 'brat-out');
  dialogs.exportDestination = bratFolder;
  await runExport(page, 'brat standoff (.txt + .ann per document)');
  await expect(dialog.getByRole('status')).toContainText(
    'Exported 5 documents and 2 annotations as brat standoff (.txt + .ann per document).',
  );
  await expect(dialog.getByRole('status')).toContainText(`files in ${bratFolder}`);
  // What brat could not carry, said in the summary: who made the two annotations, and when.
  const bratLosses = dialog.getByRole('list', { name: 'Not carried by brat standoff (.txt + .ann per document):' });
  await expect(bratLosses.getByRole('listitem')).toHaveText(['annotators: 2', 'creation and change times: 2']);
  // Each document's files are named after the file it was imported from (the seed's name).
  const stem = document.source.fileName.replace(/\.txt$/, '');
  expect(await readFile(join(bratFolder, `${stem}.ann`), 'utf8')).toBe(
    `T1\tfigure ${figureStart} ${figureEnd}\tonly 25 percent accurate\n` +
      // The values the normaliser filled in when the figure was labelled, as brat attributes.
      'A1\tvalue T1 0.25\nA2\tunit T1 percent\nA3\tkind T1 percentage\nA4\tqualifier T1 exact\n' +
      `T2\tactor ${actorStart} ${actorEnd}\tAykhan Hajizada\n`,
  );
  expect(await readFile(join(bratFolder, `${stem}.txt`), 'utf8')).toBe(document.text);
  await dialog.getByRole('button', { name: 'Show files' }).click();
  await expect.poll(() => dialogs.shownInFolder.length).toBe(1);
  expect(dialogs.shownInFolder[0]!.startsWith(`${bratFolder}/`)).toBe(true);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // JSONL of the selected (open) document only: a header line, then that document with code-point spans.
  await openExportDialog(page);
  const jsonlFile = join(tempDir, 'corpus.jsonl');
  dialogs.exportDestination = jsonlFile;
  await dialog.getByRole('radio', { name: 'Selected documents (1)' }).check();
  await runExport(page, 'Tagwright JSONL (lossless)');
  await expect(dialog.getByRole('status')).toContainText('Exported 1 document and 2 annotations');
  await expect(dialog.getByRole('status')).toContainText(jsonlFile);
  await expect(dialog.getByRole('status')).toContainText('Nothing was left out.');
  const lines = (await readFile(jsonlFile, 'utf8')).split('\n');
  expect(lines).toHaveLength(3);
  expect(lines[2]).toBe('');
  const record = JSON.parse(lines[1]!) as {
    id: string;
    text: string;
    annotations: { start: number; end: number; label: string; quote: string }[];
  };
  expect(record.id).toBe(document.id);
  expect(record.text).toBe(document.text);
  expect(record.annotations.map((a) => [a.start, a.end, a.label, a.quote])).toEqual([
    [figureStart, figureEnd, 'figure', 'only 25 percent accurate'],
    [actorStart, actorEnd, 'actor', 'Aykhan Hajizada'],
  ]);
  await dialog.getByRole('button', { name: 'Done' }).click();

  // CSV with Actor unticked: only the figure row.
  await openExportDialog(page);
  const csvFile = join(tempDir, 'corpus.csv');
  dialogs.exportDestination = csvFile;
  await dialog.getByRole('radio', { name: 'All documents' }).check();
  await runExport(page, 'CSV (one row per annotation)', ['Actor']);
  await expect(dialog.getByRole('status')).toContainText('Exported 5 documents and 1 annotation as CSV');
  await expect(
    dialog.getByRole('list', { name: 'Not carried by CSV (one row per annotation):' }).getByRole('listitem'),
  ).toHaveText(['creation and change times: 1']);
  const csv = (await readFile(csvFile, 'utf8')).split('\r\n');
  expect(csv[0]).toBe('\ufeffdocument,label,start,end,text,attributes,note,annotator');
  expect(csv).toHaveLength(3);
  const filled = '"{""value"":0.25,""unit"":""percent"",""kind"":""percentage"",""qualifier"":""exact""}"';
  expect(csv[1]!.endsWith(`,Figure,${figureStart},${figureEnd},only 25 percent accurate,${filled},,e2e`)).toBe(true);
  expect(csv[2]).toBe('');
});

test('File > Export… (the menu command) opens the dialog; cancelling the destination question changes nothing', async ({
  workbench,
}) => {
  const { page, dialogs, tempDir } = workbench;
  await sendMainEvent(workbench, 'menuCommand', { command: 'export' });
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  dialogs.exportDestination = null;
  const before = (await readdir(tempDir, { recursive: true })).sort();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  // Back at the form, nothing written and nothing said (a cancelled question is no failure); Close returns to the workspace.
  await expect(dialog.getByLabel('Format')).toBeEnabled();
  await expect(dialog.getByRole('button', { name: 'Export…' })).toBeEnabled();
  expect((await readdir(tempDir, { recursive: true })).sort()).toEqual(before);
  await expect(page.getByRole('alert')).toHaveCount(1); // the page's alert region, always there
  await expect(page.getByRole('alert')).toBeEmpty();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('Cancel export stops a running export, leaves no files, and the dialog can export again', async ({
  workbench,
}) => {
  test.skip(process.platform === 'win32', 'holds the export on a named pipe (mkfifo)');
  const { page, dialogs, tempDir } = workbench;
  const documents = (await workbench.savedProject()).documents;
  // The second document's .txt is a pipe nobody reads yet: opening it for writing waits, so the
  // export is held mid-way, deterministically, while Cancel is pressed.
  const folder = join(tempDir, 'cancelled');
  await mkdir(folder);
  const pipe = join(folder, documents[1]!.source.fileName); // brat names it after the file it came from
  execFileSync('mkfifo', [pipe]);
  dialogs.exportDestination = folder;

  const dialog = await openExportDialog(page);
  await dialog.getByLabel('Format').selectOption({ label: 'brat standoff (.txt + .ann per document)' });
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  await expect(dialog.getByText(`1 of ${documents.length} documents`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel export' }).click();
  // Once main has the cancel, let the held write through: the export sees the cancel before its
  // next piece. Released sooner, the export could finish before the cancel arrives.
  await expect.poll(() => callsFromPage(page)).toContain('cancelExport');
  const reader = await open(pipe, 'r');
  await expect(dialog.getByRole('alert')).toHaveText('The export was cancelled; nothing was written.');
  await reader.close();
  expect(await readdir(folder, { recursive: true })).toEqual([]);

  // Usable again: the same dialog runs a JSONL export to its summary.
  dialogs.exportDestination = join(tempDir, 'after.jsonl');
  await dialog.getByLabel('Format').selectOption({ label: 'Tagwright JSONL (lossless)' });
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('status')).toContainText(`Exported ${documents.length} documents and 0 annotations`);
  expect((await readFile(join(tempDir, 'after.jsonl'), 'utf8')).split('\n')).toHaveLength(documents.length + 2);
});

test('the format choice says what each format writes and loses, from the format facts', async ({ workbench }) => {
  const dialog = await openExportDialog(workbench.page);
  const format = dialog.getByLabel('Format');
  for (const name of FORMAT_NAMES) {
    const facts = formatFacts[name];
    await format.selectOption({ label: facts.title });
    await expect(dialog.locator('.export-format-facts')).toContainText(`Loses ${facts.loses}.`);
  }
  await format.selectOption({ label: 'brat standoff (.txt + .ann per document)' });
  await expect(format).toHaveAccessibleDescription(
    'A folder of files, offsets in Unicode code points. Loses annotators, times and false or empty attribute values; tabs and line breaks in notes become spaces.',
  );
  await format.selectOption({ label: 'CoNLL IOB2 (one column per label)' });
  await expect(format).toHaveAccessibleDescription(
    /^One \.conll file, one token per line, no offsets\. Loses relations, /,
  );
});

test("doccano's form choice: the relation form's entities are written, and what it loses is said", async ({
  workbench,
}) => {
  const { page, dialogs, tempDir } = workbench;
  const document = await openFirstDocument(workbench);
  await labelPassage(page, 'Aykhan Hajizada', 'a');
  const [start, end] = codePointSpan(document.text, 'Aykhan Hajizada');
  const dialog = await openExportDialog(page);
  await expect(dialog.getByRole('group', { name: 'Form' })).toHaveCount(0);
  await dialog.getByLabel('Format').selectOption({ label: 'doccano JSONL' });
  const forms = dialog.getByRole('group', { name: 'Form' });
  await expect(forms.getByRole('radio', { name: /^Sequence labelling/ })).toBeChecked();
  await expect(dialog.getByLabel('Format')).toHaveAccessibleDescription(/Loses relations, events, /);
  await forms.getByRole('radio', { name: /^Relation extraction/ }).check();
  await expect(dialog.getByLabel('Format')).toHaveAccessibleDescription(
    /Loses events, equivalence groups, entity links, notes, /,
  );
  dialogs.exportDestination = join(tempDir, 'relations.jsonl');
  await dialog.getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('status')).toContainText('Exported 5 documents and 1 annotation as doccano JSONL');
  const records = (await readFile(join(tempDir, 'relations.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; entities: unknown[]; relations: unknown[] });
  expect(records.find((r) => r.id === document.id)).toMatchObject({
    entities: [{ id: 1, label: 'actor', start_offset: start, end_offset: end }],
    relations: [],
  });
  expect(records.every((r) => !('label' in r))).toBe(true);
});

test("a failing Show files is said once, in the dialog (the page's alert region is behind it)", async ({
  workbench,
}) => {
  const { page, dialogs, tempDir } = workbench;
  const message = 'No file manager could be opened here.';
  dialogs.showItemInFolder = async () => {
    throw new TagwrightError('io', message);
  };
  const dialog = await openExportDialog(page);
  dialogs.exportDestination = join(tempDir, 'corpus.jsonl');
  await runExport(page, 'Tagwright JSONL (lossless)');
  await dialog.getByRole('button', { name: 'Show files' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(message);
  await expect(page.getByText(message)).toHaveCount(1);
  // The summary stays, so the user still knows where the files are.
  await expect(dialog.getByRole('status')).toContainText(join(tempDir, 'corpus.jsonl'));
});

test('exports a REFI-QDA project from the dialog: a .qdpx whose project.qde the published schema accepts', async ({
  workbench,
}) => {
  const { page, dialogs, tempDir } = workbench;
  const document = await openFirstDocument(workbench);
  await labelPassage(page, 'Aykhan Hajizada', 'a');
  const [start, end] = codePointSpan(document.text, 'Aykhan Hajizada');
  await openExportDialog(page);
  const out = join(tempDir, 'project.qdpx');
  dialogs.exportDestination = out;
  await runExport(page, formatFacts['refi-qda'].title);
  const files = readZip(await readFile(out), (data, size) => inflateRawSync(data, { maxOutputLength: size }), 1 << 26);
  const qde = files.get('project.qde')!;
  execFileSync('xmllint', ['--noout', '--schema', PROJECT_XSD, '-'], { input: qde, stdio: ['pipe', 'pipe', 'pipe'] });
  expect(new TextDecoder().decode(qde)).toContain(`startPosition="${start}" endPosition="${end}"`);
});
