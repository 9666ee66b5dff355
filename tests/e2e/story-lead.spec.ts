import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from '@playwright/test';
import { createTeamFiles } from '../support/team-files';
import type { Mark } from '../support/merge-fixtures';
import { seriousViolations } from './axe-findings';
import { buildDir } from './harness';
import { expect, test } from './serve-harness';
import { annotatorCopies, mergeByKeyboard } from './team-actions';
import { openDocumentByKeyboard } from './workspace-actions';

// The lead's story (issue 16), end to end in browser mode and by keyboard: three annotators label
// the sample's first two documents differently in copies handed out with the real CLI
// (tests/support/team-files.ts); the lead merges them in the page, reads the agreement figures,
// curates the first document through the Curation view to done (a rival version accepted over a
// gold one replaces it, and undo brings it back), and the saved file holds the gold
// layer with exactly the accepted spans and the document's curation record; the built CLI then
// exports the gold layer, and the exported corpus holds exactly those spans, annotator gold.

const made = join(tmpdir(), `tagwright-story-lead-${process.pid}`);
const seedsDir = resolve(import.meta.dirname, '../../seeds');

/** All three mark the spokesperson; "25 percent" is a figure to ana and cy, a claim to ben; the rest is one annotator's. */
const WORK: Record<string, Mark[]> = {
  ana: [
    { text: 0, quote: 'Aykhan Hajizada', label: 'actor' },
    { text: 0, quote: '25 percent', label: 'figure' },
    { text: 0, quote: 'Envoy magazine', label: 'actor' },
    { text: 1, quote: 'Aykhan Hajizada', label: 'actor' },
  ],
  ben: [
    { text: 0, quote: 'Armenia', label: 'actor' },
    { text: 0, quote: '25 percent', label: 'claim' },
    { text: 0, quote: 'Aykhan Hajizada', label: 'actor' },
    { text: 1, quote: 'Aykhan Hajizada', label: 'actor' },
  ],
  cy: [
    { text: 0, quote: 'Aykhan Hajizada', label: 'actor' },
    { text: 0, quote: '25 percent', label: 'figure' },
    { text: 1, quote: 'Hajizada', label: 'actor' },
  ],
};

test.use({ project: join(made, 'lead.tagwright') });

test.beforeAll(async () => {
  await mkdir(made, { recursive: true });
  const seeds = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  const texts = await Promise.all(seeds.slice(0, 2).map((f) => readFile(join(seedsDir, f), 'utf8')));
  await createTeamFiles(made, WORK, texts);
});
test.afterAll(() => rm(made, { recursive: true, force: true }));

const copies = () => annotatorCopies(made, Object.keys(WORK));

/** Opens the Curation view of the open document with its key. */
async function openCuration(page: Page): Promise<Locator> {
  await page.keyboard.press('Control+Shift+U');
  const view = page.getByRole('dialog', { name: /^Curate/ });
  await expect(view.getByRole('listbox', { name: 'Candidates' })).toBeFocused();
  return view;
}

/** The candidates as the view lists them: state, label, text and who made it. */
const candidateLines = (view: Locator) => view.getByRole('option').allInnerTexts();

test('the lead merges three annotators, reads the agreement, curates a document to done, and the gold layer is saved', async ({
  workbench,
}) => {
  const { page } = workbench;
  const merge = await mergeByKeyboard(page, await copies());
  await expect(merge.getByRole('status')).toHaveText('Merged 3 files.');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Agreement…' }).focus();
  await page.keyboard.press('Enter');
  const agreement = page.getByRole('dialog', { name: 'Agreement between annotators' });
  await expect(agreement.getByRole('status').first()).toHaveText('3 annotators compared on 2 documents.');
  const matrix = agreement.getByRole('table', { name: /between each pair of annotators/ });
  const figures = (await matrix.getByRole('row').allInnerTexts()).map((r) => r.split('\t'));
  // Overlap F1 with labels: ana and cy match on 3 of 4 + 3 spans (2·3/7), ana and ben on the
  // spokesperson in both documents (2·2/8), ben and cy likewise (2·2/7; "Hajizada" overlaps).
  expect(figures).toEqual([
    ['', 'ana', 'ben', 'cy'],
    ['ana', '—', '0.500', '0.857'],
    ['ben', '0.500', '—', '0.571'],
    ['cy', '0.857', '0.571', '—'],
  ]);
  await page.keyboard.press('Escape');

  const lead = await workbench.savedProject();
  const document = lead.documents.find((d) => d.text.includes('Envoy magazine'))!;
  const id = (who: string, quote: string) =>
    lead.annotations.find((a) => a.documentId === document.id && a.annotator === who && a.quote === quote)!.id;
  await openDocumentByKeyboard(page, document.title);
  const view = await openCuration(page);
  await expect(view.getByRole('status')).toHaveText('0 of 5 settled · curation not started');
  expect(await candidateLines(view)).toEqual([
    '≠ disputed Actor “Armenia” by ben · not by ana, cy',
    '≠ disputed Claim “25 percent” by ben · not by ana, cy · overlaps 1 other span',
    '≠ disputed Figure “25 percent” by ana, cy · not by ben · overlaps 1 other span',
    '✓ agreed Actor “Aykhan Hajizada” by ana, ben, cy',
    '≠ disputed Actor “Envoy magazine” by ana · not by ben, cy',
  ]);
  expect(await seriousViolations(page)).toEqual([]);

  // A: every agreed span; X: ben's "Armenia" (the first unsettled); J, then 1: ana's figure.
  const current = view.getByRole('option', { selected: true });
  await expect(current).toContainText('Armenia');
  await page.keyboard.press('a');
  await expect(view.getByRole('status')).toHaveText('1 of 5 settled · curation in progress');
  await page.keyboard.press('x');
  await expect(current).toContainText('Claim');
  await page.keyboard.press('j');
  await expect(current).toContainText('Figure');
  await page.keyboard.press('2');
  await expect(view.getByRole('alert')).toHaveText('ben did not make this span.');
  await page.keyboard.press('1');
  await expect(view.getByRole('status')).toHaveText('4 of 5 settled · curation in progress');
  await expect(current).toContainText('Envoy magazine');
  const goldLane = view.getByRole('row', { name: /^Gold/ });
  await expect(goldLane.getByRole('listitem')).toHaveText([
    'Figure “25 percent” ★ gold',
    'Actor “Aykhan Hajizada” ★ gold',
  ]);

  // ↑ onto the settled claim (ben's reading of "25 percent"), 2: his version replaces the figure in
  // gold, the rival it is; Ctrl+Z puts the figure back, and the view stays on Envoy magazine.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await expect(current).toContainText('Claim');
  await page.keyboard.press('2');
  await expect(goldLane.getByRole('listitem')).toHaveText([
    'Claim “25 percent” ★ gold',
    'Actor “Aykhan Hajizada” ★ gold',
  ]);
  await expect(current).toContainText('Envoy magazine');
  await page.keyboard.press('Control+z');
  await expect(goldLane.getByRole('listitem')).toHaveText([
    'Figure “25 percent” ★ gold',
    'Actor “Aykhan Hajizada” ★ gold',
  ]);
  await expect(view.getByRole('status')).toHaveText('4 of 5 settled · curation in progress');
  await expect(current).toContainText('Envoy magazine');

  // Accepted by mistake, undone, accepted again: Ctrl+Z works inside the view.
  await page.keyboard.press('1');
  await expect(view.getByRole('status')).toHaveText('5 of 5 settled · curation in progress');
  await page.keyboard.press('Control+z');
  await expect(view.getByRole('status')).toHaveText('4 of 5 settled · curation in progress');
  await page.keyboard.press('1');
  await expect(view.getByRole('status')).toHaveText('5 of 5 settled · curation in progress');
  await page.keyboard.press('d');
  await expect(view.getByRole('status')).toHaveText('5 of 5 settled · curation done');
  expect(await seriousViolations(page)).toEqual([]);

  // E: to the gold span in the document view, selected there for editing.
  await page.keyboard.press('e');
  await expect(view).toBeHidden();
  await expect(page.getByRole('button', { name: 'Actor: Envoy magazine', pressed: true })).toBeVisible();
  const listed = page
    .getByRole('list', { name: 'Documents' })
    .getByRole('listitem')
    .filter({ hasText: document.title });
  await expect(listed).toContainText('curated');

  const saved = await workbench.savedProject();
  const gold = saved.annotations.filter((a) => a.annotator === 'gold').sort((a, b) => a.start - b.start);
  expect(gold.map((a) => [a.documentId, a.quote, a.label])).toEqual([
    [document.id, '25 percent', 'figure'],
    [document.id, 'Aykhan Hajizada', 'actor'],
    [document.id, 'Envoy magazine', 'actor'],
  ]);
  expect(saved.annotators).toContainEqual({ id: 'gold', name: 'Gold' });
  expect(saved.curation).toEqual([
    {
      documentId: document.id,
      status: 'done',
      curator: 'e2e',
      rejected: [id('ben', 'Armenia')],
      updatedAt: expect.any(String),
    },
  ]);

  // The curated corpus out: `tagwright export --layer gold` with the built CLI, reading the saved file.
  const exported = join(made, 'gold.jsonl');
  const cli = [join(buildDir, 'main', 'cli.js'), 'export', workbench.projectPath!, '--layer', 'gold'];
  await promisify(execFile)(process.execPath, [...cli, '--format', 'jsonl', '--out', exported], {
    env: { ...process.env, HOME: made, XDG_CONFIG_HOME: join(made, 'config') },
  });
  const records = (await readFile(exported, 'utf8')).trimEnd().split('\n').slice(1);
  const spans = records.flatMap((line) => {
    const record = JSON.parse(line) as {
      id: string;
      annotations: { id: string; quote: string; label: string; annotator: string }[];
    };
    return record.annotations.map((a) => [record.id, a.id, a.quote, a.label, a.annotator]);
  });
  expect(spans).toEqual(gold.map((a) => [a.documentId, a.id, a.quote, a.label, 'gold']));
});

test('the Curation view has no serious accessibility findings in the dark theme', async ({ workbench }) => {
  const { page } = workbench;
  const merge = await mergeByKeyboard(page, await copies());
  await expect(merge.getByRole('status')).toHaveText('Merged 3 files.');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const lead = await workbench.savedProject();
  await openDocumentByKeyboard(page, lead.documents.find((d) => d.text.includes('Envoy magazine'))!.title);
  const view = await openCuration(page);
  await page.keyboard.press('a');
  await expect(view.getByRole('status')).toHaveText('1 of 5 settled · curation in progress');
  expect(await seriousViolations(page)).toEqual([]);
});
