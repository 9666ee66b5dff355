import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness';
import { openDocumentByTitle, sendMainEvent } from './workspace-actions';

test('the document list filters by title, moves with the arrows and opens with Enter', async ({ workbench }) => {
  const { page } = workbench;
  const titles = (await workbench.savedProject()).documents.map((d) => d.title);
  const list = page.getByRole('list', { name: 'Documents' });

  await page.getByRole('searchbox', { name: 'Filter documents by title' }).fill('urges');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText(titles[1]!);
  await page.getByRole('searchbox', { name: 'Filter documents by title' }).fill('');
  await expect(list.getByRole('listitem')).toHaveCount(5);

  await list.getByRole('button', { name: titles[0]!, exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('button', { name: titles[2]!, exact: true })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: titles[1]!, exact: true })).toBeVisible();
  await expect(list.getByRole('button', { name: titles[1]!, exact: true })).toHaveAttribute('aria-current', 'page');
  // Opened from the keyboard, the text has the focus: labelling can start without the mouse.
  await expect(page.getByRole('textbox', { name: 'Document text' })).toBeFocused();
});

test('a document status set in the list is saved', async ({ workbench }) => {
  const { page } = workbench;
  const document = (await workbench.savedProject()).documents[3]!;
  const status = page.getByRole('combobox', { name: `Status of ${document.title}` });
  await expect(status).toHaveValue('new');
  await status.selectOption('done');
  await expect.poll(async () => (await workbench.savedProject()).documents[3]!.status).toBe('done');
  await workbench.restart();
  await expect(page.getByRole('combobox', { name: `Status of ${document.title}` })).toHaveValue('done');
});

test('the theme follows the toolbar and the menu, and is remembered', async ({ workbench }) => {
  const { page } = workbench;
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => workbench.service.getPreferences().theme).toBe('dark');

  await workbench.restart();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  // View → Toggle Dark Theme arrives as a menu command.
  await sendMainEvent(workbench, 'menuCommand', { command: 'toggle-theme' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => workbench.service.getPreferences().theme).toBe('light');
});

test('snap to words is a remembered preference', async ({ workbench }) => {
  const { page } = workbench;
  const snap = page.getByRole('checkbox', { name: 'Snap to words' });
  const initial = workbench.service.getPreferences().snapToWords;
  await expect(snap).toBeChecked({ checked: initial });
  await snap.click();
  await expect.poll(() => workbench.service.getPreferences().snapToWords).toBe(!initial);
  await workbench.restart();
  await expect(page.getByRole('checkbox', { name: 'Snap to words' })).toBeChecked({ checked: !initial });
});

test('importing through the page picker shows a report and lists the new document', async ({ workbench }) => {
  const { page } = workbench;
  workbench.dialogs.filesToImport = null; // no native dialog: the page offers its own picker
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import documents…' }).click();
  await (
    await chooser
  ).setFiles([
    { name: 'field-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Field notes\n\nMines cleared: 12.\n') },
  ]);

  const report = page.getByRole('region', { name: /Imported 1 document/ });
  await expect(report).toContainText('field-notes.txt');
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(6);
  const saved = await workbench.savedProject();
  expect(saved.documents).toHaveLength(6);
  expect(saved.documents[5]!.text).toBe('Field notes\n\nMines cleared: 12.\n');
  await page.getByRole('button', { name: 'Dismiss import report' }).click();
  await expect(report).toHaveCount(0);
});

test('importing through the shell dialog reports duplicates by file name', async ({ workbench }) => {
  const { page } = workbench;
  const first = (await workbench.savedProject()).documents[0]!;
  const copy = join(workbench.tempDir, 'again.txt');
  await writeFile(copy, first.text);
  workbench.dialogs.filesToImport = [copy];
  await page.getByRole('button', { name: 'Import documents…' }).click();
  const report = page.getByRole('region', { name: /Imported 0 documents, 1 already in the project/ });
  await expect(report).toContainText('again.txt');
  expect((await workbench.savedProject()).documents).toHaveLength(5);
});

test('undo from the Edit menu and the toolbar', async ({ workbench }) => {
  const { page } = workbench;
  const document = (await workbench.savedProject()).documents[0]!;
  await openDocumentByTitle(page, document.title);
  const change = workbench.service.createAnnotation({ documentId: document.id, start: 0, end: 7, label: 'actor' });
  await expect(page.getByRole('button', { name: 'Actor: Armenia' })).toBeVisible();
  await sendMainEvent(workbench, 'menuCommand', { command: 'undo' });
  await expect(page.getByRole('button', { name: 'Actor: Armenia' })).toHaveCount(0);
  await expect.poll(async () => (await workbench.savedProject()).annotations).toHaveLength(0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('button', { name: 'Actor: Armenia' })).toBeVisible();
  await expect
    .poll(async () => (await workbench.savedProject()).annotations.map((a) => a.id))
    .toEqual([change.annotations.added[0]!.id]);
});

test('the status bar shows the project, its save state and counts', async ({ workbench }) => {
  const { page } = workbench;
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Sample project');
  await expect(footer.getByRole('status')).toHaveText('Saved');
  await expect(footer).toContainText('5 documents');
  await expect(footer).toContainText('0 annotations in the project');
  await expect(page).toHaveTitle(/^Sample project.* — Tagwright$/);
});

test('about opens from the menu and closes with Escape', async ({ workbench }) => {
  const { page } = workbench;
  await sendMainEvent(workbench, 'menuCommand', { command: 'show-about' });
  const dialog = page.getByRole('dialog', { name: 'About Tagwright' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test.describe('without a project', () => {
  test.use({ project: 'none' });

  test('creates a project, closes it, and reopens it from the recent list', async ({ workbench }) => {
    const { page } = workbench;
    const path = join(workbench.tempDir, 'Mine reports.tagwright');
    workbench.dialogs.newProjectPath = path;
    await page.getByRole('textbox', { name: 'Project name' }).fill('Mine reports');
    await page.getByRole('button', { name: 'Create project' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mine reports/);
    expect((await workbench.savedProject()).name).toBe('Mine reports');

    await page.getByRole('button', { name: 'Close project' }).click();
    const recent = page.getByRole('list', { name: 'Recent projects' });
    await recent.getByRole('button', { name: 'Mine reports' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Mine reports/);
    expect(workbench.service.projectPath).toBe(path);
  });

  test('a project that cannot be opened shows main’s message', async ({ workbench }) => {
    const { page } = workbench;
    const broken = join(workbench.tempDir, 'broken.tagwright');
    await writeFile(broken, '{ "format": "not tagwright" }');
    workbench.dialogs.projectToOpen = broken;
    await page.getByRole('button', { name: 'Open a project…' }).click();
    await expect(page.getByRole('alert')).toContainText('broken.tagwright');
    await expect(page.getByRole('button', { name: 'Open the sample project' })).toBeVisible();
  });
});

test('files dropped on the workbench are imported', async ({ workbench }) => {
  const { page } = workbench;
  // The drop goes to the workbench, which shows once the project is open.
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(5);
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['Dropped report\n\nSome 300 mines were found.\n'], 'dropped.txt', { type: 'text/plain' }),
    );
    const zone = document.querySelector('.workbench')!;
    zone.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
  await expect(page.getByRole('region', { name: /Imported 1 document/ })).toContainText('dropped.txt');
  await expect(page.getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(6);
  const saved = await workbench.savedProject();
  expect(saved.documents.map((d) => d.source.fileName)).toContain('dropped.txt');
});

test('Save As moves the project to a new file and keeps the document open', async ({ workbench }) => {
  const { page } = workbench;
  const document = (await workbench.savedProject()).documents[1]!;
  await openDocumentByTitle(page, document.title);
  const target = join(workbench.tempDir, 'Copy of sample.tagwright');
  workbench.dialogs.saveAsPath = target;
  await page.getByRole('button', { name: 'Save as…' }).click();
  await expect.poll(() => workbench.service.projectPath).toBe(target);
  await expect(page.getByRole('heading', { level: 2, name: document.title, exact: true })).toBeVisible();
  expect((await workbench.savedProject()).documents).toHaveLength(5);
});
