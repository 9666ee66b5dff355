import { call } from '../bridge/tagwright-client';
import type { Preferences } from '../../shared/ipc/contract';
import type { ImportOutcome, ImportReport, ProjectSummary } from '../../shared/ipc/views';
import { openDocument } from './annotation-commands';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

const store = () => useWorkbench.getState();

/**
 * Loads what main knows at start-up: the id it knows this window by, the session, the
 * preferences, the documents if a project is open.
 */
export async function loadSession(): Promise<void> {
  await reportFailure(async () => {
    const [windowId, session, preferences] = await Promise.all([
      call('getWindowId', {}),
      call('getSession', {}),
      call('getPreferences', {}),
    ]);
    store().setWindowId(windowId);
    store().setPreferences(preferences);
    store().setSession(session);
    // The project Tagwright was started with is locked or damaged: the recovery dialogs offer the way out.
    if (session.openFailure) store().showError(session.openFailure.message, session.openFailure);
    if (session.project) await refreshDocuments();
  });
}

export async function refreshDocuments(): Promise<void> {
  await reportFailure(async () => store().setDocuments(await call('listDocuments', {})));
}

/** After any project-opening call: adopt the new session and list its documents. */
async function adopt(summary: ProjectSummary | null): Promise<void> {
  if (!summary) return; // the user cancelled the dialog
  store().showError(null);
  store().setSession(await call('getSession', {}));
  await refreshDocuments();
}

export const openSampleProject = () => reportFailure(async () => adopt(await call('openSampleProject', {})));
export const createProject = (name: string) => reportFailure(async () => adopt(await call('createProject', { name })));
export const openRecentProject = (path: string) =>
  reportFailure(async () => adopt(await call('openRecentProject', { path })));
export const openProjectFile = (path: string) =>
  reportFailure(async () => adopt(await call('openProjectFile', { path })));
/** Save As: the same project under a new file; the document being read stays open. */
export const saveProjectAs = () =>
  reportFailure(async () => {
    const reading = store().current?.document.id;
    const summary = await call('saveProjectAs', {});
    await adopt(summary);
    if (summary && reading) await openDocument(reading);
  });

/**
 * Opens a project through the shell's dialog; where there is none (browser mode) main offers the
 * project files it may open instead, and the caller shows them.
 */
export async function openProject(): Promise<{ path: string; name: string }[] | null> {
  const choices = await reportFailure(() => call('listProjectFiles', {}));
  if (choices) return choices;
  await reportFailure(async () => adopt(await call('openProject', {})));
  return null;
}

export const closeProject = () =>
  reportFailure(async () => {
    await call('closeProject', {});
    store().setSession(await call('getSession', {}));
  });

/** Imports through the shell's picker; resolves to false where it has none, so the page offers its own. */
export async function chooseAndImportDocuments(): Promise<boolean> {
  const outcome = await reportFailure(() => call('chooseAndImportDocuments', {}));
  if (outcome === undefined) return true; // failed: the alert says why
  if (outcome === null) return false;
  adoptImport(outcome);
  store().showImportReport(outcome.report);
  return true;
}

/** Imports files the page holds, one call per batch, and shows one report for them all. */
export async function importFileBatches(batches: { name: string; base64: string }[][]): Promise<void> {
  const total: ImportReport = { imported: [], duplicates: [], problems: [] };
  let any = false;
  for (const files of batches) {
    if (files.length === 0) continue;
    const outcome = await reportFailure(() => call('importDocumentFiles', { files }));
    if (!outcome) break;
    adoptImport(outcome);
    const { report } = outcome;
    any = true;
    total.imported.push(...report.imported);
    total.duplicates.push(...report.duplicates);
    total.problems.push(...report.problems);
  }
  if (any) store().showImportReport(total);
}

/** The documents an import added, into the list (its change, applied once; the event naming this window is ignored). */
function adoptImport({ change }: ImportOutcome): void {
  if (change) store().applyProjectChange(change);
}

export async function setPreferences(changes: Partial<Preferences>): Promise<void> {
  store().setPreferences({ ...store().preferences, ...changes }); // show it now; main's answer confirms
  const saved = await reportFailure(() => call('setPreferences', changes));
  if (saved) store().setPreferences(saved);
}

export const toggleTheme = () => setPreferences({ theme: store().preferences.theme === 'dark' ? 'light' : 'dark' });
