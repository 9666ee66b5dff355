import { mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SyncSession } from '../../main/sync/sync-session';
import { annotatorProject, savedProject, syncOf } from '../support/sync-projects';
import { startSyncServer, type SyncServer } from '../support/sync-server-process';
import { expectNoSeriousViolationsInBothThemes, seriousViolations } from './axe-findings';
import { expect, test } from './serve-harness';
import { openDocumentByKeyboard } from './workspace-actions';

// Two annotators, two services, one real CouchDB-protocol server (pouchdb-server on loopback):
// ana's page starts the sync by keyboard; ben's work, sent from his own service, appears in her
// page as it arrives, and her saved file holds it.

const made = join(tmpdir(), `tagwright-sync-e2e-${process.pid}`);
let server: SyncServer;
test.use({ project: join(made, 'ana.tagwright') });

test.beforeAll(async () => {
  await mkdir(made, { recursive: true });
  server = await startSyncServer();
  const ana = await annotatorProject(made, 'ana');
  await ana.service.closeProject();
});
test.afterAll(async () => {
  await server.stop();
  await rm(made, { recursive: true, force: true });
});

test("ana starts a live sync by keyboard and ben's annotations appear in her page, then in her file", async ({
  workbench,
}) => {
  const { page } = workbench;
  await mkdir(join(made, 'ben'), { recursive: true });
  const ben = await annotatorProject(join(made, 'ben'), 'ben');
  let benSync: SyncSession | null = null;
  try {
    ben.service.createAnnotation({ documentId: ben.documentId, start: 4, end: 12, label: 'actor' });
    benSync = await syncOf(ben.service, server.url, 'team-e2e');
    await benSync.syncOnce();
    await openDocumentByKeyboard(page, workbench.service.listDocuments()[0]!.title);

    await page.getByRole('button', { name: 'Sync…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sync with a server' });
    await expect(dialog.getByLabel('Server address')).toBeFocused();
    await page.keyboard.type(server.url);
    await page.keyboard.press('Tab');
    await page.keyboard.type('team-e2e');
    await page.keyboard.press('Enter');

    await expect(dialog.getByRole('status')).toHaveText(/^Sync: synced/);
    expect(await seriousViolations(page), 'the Sync dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    const [first] = ben.service.getDocument(ben.documentId).annotations;
    await expect(page.locator(`[data-annotation-id~="${first!.id}"]`)).toHaveText('ministry');

    // Live: his next one comes without a reload.
    ben.service.createAnnotation({ documentId: ben.documentId, start: 33, end: 36, label: 'figure' });
    await benSync.syncOnce();
    const second = ben.service.getDocument(ben.documentId).annotations.find((a) => a.id !== first!.id)!;
    await expect(page.locator(`[data-annotation-id~="${second.id}"]`)).toHaveText('25%');
    await expect(page.getByRole('button', { name: /^Sync: synced at/ })).toBeVisible();
    await expectNoSeriousViolationsInBothThemes(page);

    const saved = await workbench.savedProject();
    expect(saved.annotations.map((a) => [a.annotator, a.quote]).sort()).toEqual([
      ['ben', '25%'],
      ['ben', 'ministry'],
    ]);
  } finally {
    await benSync?.close();
    await ben.service.closeProject();
  }
});

test('the lead ticks "Sync as curator": the status bar says so, ben receives her gold, and the box is remembered', async ({
  workbench,
}) => {
  const { page } = workbench;
  const documentId = workbench.service.listDocuments()[0]!.id;
  workbench.service.createAnnotation({ documentId, start: 4, end: 12, label: 'actor', layer: 'gold' });
  await mkdir(join(made, 'ben-gold'), { recursive: true });
  const ben = await annotatorProject(join(made, 'ben-gold'), 'ben');
  let benSync: SyncSession | null = null;
  try {
    await page.getByRole('button', { name: 'Sync…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sync with a server' });
    await dialog.getByLabel('Server address').fill(server.url);
    await dialog.getByLabel(/^Database/).fill('team-curator-e2e');
    const asCurator = dialog.getByRole('checkbox', {
      name: 'Sync as curator (also sends the gold layer and the schema)',
    });
    await expect(asCurator).not.toBeChecked();
    await asCurator.focus();
    await page.keyboard.press('Space');
    await dialog.getByRole('button', { name: 'Start' }).click();

    await expect(dialog.getByRole('status')).toHaveText(/^Sync: synced.* \(as curator\)$/);
    expect(await seriousViolations(page), 'the Sync dialog, as curator').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: /^Sync: synced at .* \(as curator\)$/ })).toBeVisible();
    await expectNoSeriousViolationsInBothThemes(page);

    benSync = await syncOf(ben.service, server.url, 'team-curator-e2e');
    await benSync.syncOnce();
    const bens = await savedProject(ben.service, ben.path);
    expect(bens.annotations.map((a) => [a.annotator, a.quote])).toEqual([['gold', 'ministry']]);

    const settings = JSON.parse(await readFile(join(workbench.userDataDir, 'settings.json'), 'utf8'));
    expect(Object.values(settings.syncAddresses)).toEqual([
      { server: server.url, database: 'team-curator-e2e', live: true, curator: true },
    ]);
    await page.getByRole('button', { name: /^Sync: synced at/ }).click();
    await dialog.getByRole('button', { name: 'Stop' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Sync: off');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByRole('button', { name: 'Sync: off' }).click();
    await expect(asCurator).toBeChecked();
    await expect(dialog.getByLabel(/^Database/)).toHaveValue('team-curator-e2e');
  } finally {
    await benSync?.close();
    await ben.service.closeProject();
  }
});
