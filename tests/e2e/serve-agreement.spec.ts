import { mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { SPAN_MEASURES, type AgreementReport } from '../../shared/agreement/agreement-report';
import { measurementText } from '../../shared/agreement/measurement';
import { agreementReportCsv } from '../../shared/agreement/report-files';
import { agreementOfSaved, createTwoAnnotatorProject } from '../support/agreement-corpus';
import { seriousViolations } from './axe-findings';
import { expect, test, type ServeWorkbench } from './serve-harness';

// The agreement dialog in browser mode, on a project two annotators labelled (made with the CLI
// and each annotator's own session): what it shows is what the pure functions compute for it.

const made = join(tmpdir(), `tagwright-agreement-e2e-${process.pid}`);
test.use({ project: join(made, 'team.tagwright') });

test.beforeAll(async () => {
  await mkdir(made, { recursive: true });
  await createTwoAnnotatorProject(made);
});
test.afterAll(() => rm(made, { recursive: true, force: true }));

async function openAgreement(workbench: ServeWorkbench) {
  const { page } = workbench;
  await page.getByRole('button', { name: 'Agreement…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Agreement between annotators' });
  await expect(dialog.getByRole('status').first()).toHaveText('2 annotators compared on 2 documents.');
  return { dialog, expected: agreementOfSaved(await workbench.savedProject()) };
}

/** A table as the page shows it: each row's cells, header cells included. */
async function rowsOf(table: Locator): Promise<string[][]> {
  await expect(table).toBeVisible();
  return (await table.getByRole('row').allInnerTexts()).map((row) => row.split('\t'));
}

const pairValue = (report: AgreementReport, key: (typeof SPAN_MEASURES)[number]['key']) =>
  measurementText(report.pairs[0]!.overall[key]);

test('the matrix and the chart show what the pure functions compute, for each measure', async ({ workbench }) => {
  const { dialog, expected } = await openAgreement(workbench);
  for (const measure of SPAN_MEASURES) {
    await dialog.getByLabel('Measure').selectOption({ label: measure.title });
    const value = pairValue(expected, measure.key);
    const matrix = dialog.getByRole('table', { name: `${measure.title} between each pair of annotators` });
    expect(await rowsOf(matrix)).toEqual([
      ['', 'ana', 'ben'],
      ['ana', '—', value],
      ['ben', value, '—'],
    ]);
    const chart = dialog.getByRole('figure', { name: `${measure.title} per label, all annotators together` });
    await expect(chart.getByRole('img', { name: `${measure.title} per label, all annotators together` })).toBeVisible();
    const numbers = expected.group.perLabel.map((l) => {
      const m = l.agreement[measure.key];
      const name = expected.labels.find((x) => x.id === l.label)!.name;
      return [name, m.value === null ? `undefined: ${m.reason}` : measurementText(m)];
    });
    expect(await rowsOf(chart.getByRole('table'))).toEqual([['Label', measure.title], ...numbers]);
    // One bar per label with a value, its height the value's share of the scale.
    const defined = expected.group.perLabel.filter((l) => l.agreement[measure.key].value !== null);
    await expect(chart.locator('rect')).toHaveCount(defined.length);
  }
  // The hand count of the corpus (tests/support/agreement-corpus.ts): overlap F1 10/12.
  expect(pairValue(expected, 'overlapF1')).toBe('0.833');
});

test("the unitised alpha per label, and the documents the group's pools", async ({ workbench }) => {
  const { dialog, expected } = await openAgreement(workbench);
  const title = "Krippendorff's unitised alpha (characters)";
  await dialog.getByLabel('Measure').selectOption({ label: title });
  await expect(
    dialog.getByText('all annotators together on the 2 documents every one of them worked on'),
  ).toBeVisible();
  const chart = dialog.getByRole('figure', { name: `${title} per label, all annotators together` });
  const actor = expected.group.perLabel.find((l) => l.label === 'actor')!.agreement.unitisedAlpha;
  expect(actor.value).toEqual(expect.any(Number));
  expect(await rowsOf(chart.getByRole('table'))).toContainEqual(['Actor', measurementText(actor)]);
});

test('a worst document is one click away: it opens in the workbench', async ({ workbench }) => {
  const { page } = workbench;
  const { dialog, expected } = await openAgreement(workbench);
  const worst = expected.documents[0]!;
  expect(worst.title).toBe('Hajizada spoke to Envoy magazine about 400,000 mines.');
  const list = dialog.getByRole('region', { name: 'Documents with the least agreement' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: worst.title }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: worst.title, exact: true })).toBeVisible();
});

test('the report downloads as the CSV the report writer makes', async ({ workbench }) => {
  const { page } = workbench;
  const { dialog, expected } = await openAgreement(workbench);
  await dialog.getByRole('button', { name: 'Export CSV…' }).click();
  const link = dialog.getByRole('link', { name: 'Download team agreement.csv' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(await readFile(await download.path(), 'utf8')).toBe(agreementReportCsv(expected));
});

test('the dialog has no serious or critical axe violations, in both themes', async ({ workbench }) => {
  const { page } = workbench;
  const { dialog } = await openAgreement(workbench);
  expect(await seriousViolations(page), 'light theme').toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openAgreement(workbench);
  expect(await seriousViolations(page), 'dark theme').toEqual([]);
});
