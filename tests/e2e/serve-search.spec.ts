import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Project } from '../../shared/model';
import { createOffsetConverter } from '../../shared/text/code-points';
import { expect, test, type ServeWorkbench } from './serve-harness';

// Searching the corpus and labelling every hit in one step, through `tagwright serve`'s server:
// the page, its HTTP calls, the search worker as built, and the project file on disk.

const FIGURE_PATTERN = String.raw`\d[\d,.]*\s*(percent|%)`;

/** Every place a pattern matches the saved project's texts, in document then text order. */
function occurrences(
  project: Project,
  pattern: RegExp,
): { documentId: string; start: number; end: number; text: string }[] {
  return project.documents.flatMap((d) =>
    [...d.text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].map((m) => ({
      documentId: d.id,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    })),
  );
}

const searchView = (page: Page) => page.getByRole('region', { name: 'Search the corpus' });
const hitList = (page: Page) => searchView(page).getByRole('listbox', { name: 'Hits in context' });

/** Opens the search view with its key and runs a search, waiting for its count. */
async function search(page: Page, query: string, options: { regex?: boolean } = {}): Promise<void> {
  await expect(page.getByRole('toolbar', { name: 'Project' })).toBeVisible(); // the workbench hears keys
  await page.keyboard.press('Control+Shift+F');
  const box = searchView(page).getByRole('textbox', { name: /to search for/ });
  await expect(box).toBeFocused();
  if (options.regex) await searchView(page).getByRole('checkbox', { name: 'Regular expression' }).check();
  await box.fill(query);
  await box.press('Enter');
  await expect(searchView(page).getByRole('status').first()).toContainText(/\d+ hits? in \d+ documents?\./);
}

/** The saved annotations as [documentId, start, end, quote, label], in document then text order. */
async function savedSpans(workbench: ServeWorkbench) {
  const project = await workbench.savedProject();
  const order = project.documents.map((d) => d.id);
  return project.annotations
    .map((a) => [a.documentId, a.start, a.end, a.quote, a.label] as const)
    .sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]) || a[1] - b[1]);
}

test('searches "Hajizada" across documents, labels every hit Actor in one step, and one Ctrl+Z removes them all', async ({
  workbench,
}) => {
  const { page } = workbench;
  const before = await workbench.savedProject();
  const expected = occurrences(before, /Hajizada/);
  const documents = new Set(expected.map((o) => o.documentId));
  expect(documents.size).toBeGreaterThan(1);

  await page.getByRole('button', { name: /^Search…/ }).click();
  await search(page, 'Hajizada');
  await expect(searchView(page).getByRole('status').first()).toContainText(
    `${expected.length} hits in ${documents.size} documents.`,
  );
  await expect(hitList(page).getByRole('option')).toHaveCount(expected.length);
  // Keyword in context: the words around the first hit, from its document.
  const first = expected[0]!;
  const firstText = before.documents.find((d) => d.id === first.documentId)!.text;
  const leftWords = firstText.slice(Math.max(0, first.start - 20), first.start).replace(/\s+/g, ' ');
  await expect(hitList(page).getByRole('option').first()).toContainText(`${leftWords}Hajizada`);
  const counts = searchView(page).getByRole('list', { name: 'Hits per document' }).getByRole('listitem');
  await expect(counts).toHaveCount(documents.size);

  await searchView(page).getByRole('button', { name: 'Select all' }).click();
  await expect(searchView(page).getByText(`${expected.length} selected`)).toBeVisible();
  await searchView(page)
    .getByRole('group', { name: 'Label selected as' })
    .getByRole('button', { name: 'Actor' })
    .click();
  await expect(searchView(page).getByRole('status').first()).toContainText(
    `Labelled ${expected.length} hits as Actor.`,
  );

  await expect
    .poll(() => savedSpans(workbench))
    .toEqual(expected.map((o) => [o.documentId, o.start, o.end, 'Hajizada', 'actor']));
  const labelled = await workbench.savedProject();
  expect(labelled.documents.filter((d) => documents.has(d.id)).map((d) => d.status)).toEqual(
    [...documents].map(() => 'in-progress'),
  );
  // The concordance is searched again: every hit now shows the label it is inside.
  await expect(
    hitList(page)
      .getByRole('option')
      .filter({ hasText: /Actor$/ }),
  ).toHaveCount(expected.length);

  await page.keyboard.press('Control+Z');
  await expect.poll(() => savedSpans(workbench)).toEqual([]);
  expect((await workbench.savedProject()).documents.map((d) => d.status)).toEqual(
    before.documents.map((d) => d.status),
  );
  await expect(
    hitList(page)
      .getByRole('option')
      .filter({ hasText: /Actor$/ }),
  ).toHaveCount(0);
});

test('a regular expression finds the figures, labelled Figure with the label key in the list', async ({
  workbench,
}) => {
  const { page } = workbench;
  const expected = occurrences(await workbench.savedProject(), new RegExp(FIGURE_PATTERN, 'i'));
  expect(expected.map((o) => o.text)).toContain('25 percent');

  await search(page, FIGURE_PATTERN, { regex: true });
  await expect(hitList(page).getByRole('option')).toHaveCount(expected.length);
  await hitList(page).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('f');
  await expect(searchView(page).getByRole('status').first()).toContainText(
    `Labelled ${expected.length} hits as Figure.`,
  );
  await expect
    .poll(() => savedSpans(workbench))
    .toEqual(expected.map((o) => [o.documentId, o.start, o.end, o.text, 'figure']));
  // Each filled as labelling it one by one fills it: "25 percent" is 0.25, a percentage.
  const share = (text: string) => Number(/\d[\d,.]*/.exec(text)![0].replace(/,/g, '')) / 100;
  const figures = (await workbench.savedProject()).annotations;
  const at = (o: (typeof expected)[number]) =>
    figures.find((a) => a.documentId === o.documentId && a.start === o.start);
  expect(expected.map((o) => at(o)?.attributes)).toEqual(
    expected.map((o) => expect.objectContaining({ value: share(o.text), kind: 'percentage' })),
  );

  // Labelled again: nothing new, each is labelled Figure already.
  await page.keyboard.press('f');
  await expect(searchView(page).getByRole('status').first()).toContainText(
    'Nothing to label: every hit is labelled Figure already.',
  );
  expect(await savedSpans(workbench)).toHaveLength(expected.length);
});

test('keyboard only: search, move through the hits, jump to one in its document, select a range and label it', async ({
  workbench,
}) => {
  const { page } = workbench;
  const project = await workbench.savedProject();
  const expected = occurrences(project, /Hajizada/);

  await search(page, 'hajizada');
  await page.keyboard.press('ArrowDown'); // from the query to the hits
  await expect(hitList(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(hitList(page).getByRole('option', { selected: true })).toHaveCount(3);

  // Enter shows the active hit (the fourth) in its document, selected, with the label menu at it.
  await page.keyboard.press('Enter');
  const fourth = expected[3]!;
  const title = project.documents.find((d) => d.id === fourth.documentId)!.title;
  await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Hajizada');
  await expect(page.getByRole('group', { name: 'Label the selected text' })).toBeVisible();

  // Back to the search (its key puts the caret in the query), down to the hits, label the three selected.
  await page.keyboard.press('Control+Shift+F');
  await expect(searchView(page).getByRole('textbox', { name: /to search for/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('a');
  await expect(searchView(page).getByRole('status').first()).toContainText('Labelled 3 hits as Actor.');
  await expect
    .poll(() => savedSpans(workbench))
    .toEqual(expected.slice(1, 4).map((o) => [o.documentId, o.start, o.end, 'Hajizada', 'actor']));

  await page.keyboard.press('Control+Z');
  await expect.poll(() => savedSpans(workbench)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(searchView(page)).toHaveCount(0);
});

test('exports the concordance as CSV: a download of the rows as sorted, with code-point offsets', async ({
  workbench,
}) => {
  const { page } = workbench;
  const project = await workbench.savedProject();
  const expected = occurrences(project, /Hajizada/);

  await search(page, 'Hajizada');
  await searchView(page).getByLabel('Sort').selectOption({ label: 'by right context' });
  await searchView(page).getByRole('button', { name: 'Export CSV…' }).click();
  const link = searchView(page).getByRole('link', { name: /^Download .* search\.csv$/ });
  await expect(link).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const csv = (await readFile(await download.path())).toString('utf8');

  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('\ufeffdocument,document_id,start_code_point,end_code_point,left,match,right,labels');
  expect(lines.at(-1)).toBe('');
  const rows = lines.slice(1, -1).map((line) => {
    // An id starting with "-" carries a leading ' so no spreadsheet reads it as a formula.
    const [, documentId, start, end] = /^(?:"[^"]*"|[^,]*),'?([^,]+),(\d+),(\d+),/.exec(line)!;
    return { documentId: documentId!, start: Number(start), end: Number(end), line };
  });
  const inCodePoints = expected.map((o) => {
    const converter = createOffsetConverter(project.documents.find((d) => d.id === o.documentId)!.text);
    return { documentId: o.documentId, start: converter.toCodePoint(o.start), end: converter.toCodePoint(o.end) };
  });
  // Every hit once, sorted by right context (not in text order).
  expect(rows.map(({ documentId, start, end }) => ({ documentId, start, end }))).toEqual(
    expect.arrayContaining(inCodePoints),
  );
  expect(rows).toHaveLength(expected.length);
  expect(rows.every((r) => r.line.includes(',Hajizada,'))).toBe(true);
});

test('a bad regular expression is said in the search view, and the next search works', async ({ workbench }) => {
  const { page } = workbench;
  await page.getByRole('button', { name: /^Search…/ }).click();
  const view = searchView(page);
  await view.getByRole('checkbox', { name: 'Regular expression' }).check();
  await view.getByRole('textbox', { name: /to search for/ }).fill('(unclosed');
  await view.getByRole('textbox', { name: /to search for/ }).press('Enter');
  await expect(view.getByRole('alert')).toHaveText(
    '"(unclosed" is not a valid regular expression: unterminated group.',
  );

  await view.getByRole('textbox', { name: /to search for/ }).fill('(Hajizada)');
  await view.getByRole('textbox', { name: /to search for/ }).press('Enter');
  await expect(view.getByRole('alert')).toHaveCount(0);
  await expect(hitList(page).getByRole('option').first()).toContainText('Hajizada');
});
