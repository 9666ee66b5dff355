import { andThen, done, type Outcome } from '../bridge/call-outcome';
import { ask, call } from '../bridge/tagwright-client';
import type { Preferences } from '../../shared/ipc/contract';
import type { CallError } from '../../shared/ipc/result';
import type {
  ImportOutcome,
  ImportReport,
  ProjectFileChoice,
  ProjectSummary,
  SessionState,
} from '../../shared/ipc/views';
import { refreshAssignments } from './assignment-commands';
import { openDocument } from './annotation-commands';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

const store = () => useWorkbench.getState();

/**
 * Loads what main knows at start-up: the id it knows this window by, the session, the
 * preferences, the documents if a project is open.
 */
export async function loadSession(): Promise<Outcome<void>> {
  const [windowId, session, preferences] = await Promise.all([
    call('getWindowId', {}),
    call('getSession', {}),
    call('getPreferences', {}),
  ]);
  if (windowId.status !== 'done') return reportFailure(windowId);
  if (session.status !== 'done') return reportFailure(session);
  if (preferences.status !== 'done') return reportFailure(preferences);
  store().setWindowId(windowId.value);
  store().setPreferences(preferences.value);
  store().setSession(session.value);
  // The project Tagwright was started with is locked or damaged: the recovery dialogs offer the way out.
  const { openFailure } = session.value;
  if (openFailure) store().showError(openFailure.message, openFailure);
  return session.value.project ? refreshDocuments() : done();
}

/**
 * After the event connection came back (browser mode's socket dropped): what main sent while it
 * was away is lost, so the session, the document list and the open document are read again.
 */
export async function reloadAfterReconnect(): Promise<Outcome<void>> {
  const loaded = await loadSession();
  const reading = store().current?.document.id;
  if (loaded.status !== 'done' || !reading) return loaded;
  return andThen(reportFailure(await call('getDocument', { documentId: reading })), (document) => {
    store().refreshCurrent(document);
    return done();
  });
}

/**
 * A session event: adopted as it comes. A project handed over while the page is open (a second
 * start, a file opened from the desktop) can fail to open as one at start does: a new failure
 * brings up the same recovery dialog.
 */
export function adoptSessionEvent(session: SessionState): void {
  const before = store().session;
  store().setSession(session);
  const failure = session.openFailure;
  if (failure && !sameFailure(failure, before?.openFailure ?? null)) store().showError(failure.message, failure);
  if (session.project && session.project.path !== before?.project?.path) void refreshDocuments();
}

function sameFailure(a: CallError, b: CallError | null): boolean {
  return b !== null && a.code === b.code && a.message === b.message;
}

/** How many times the list is read again when changes keep arriving during the read. */
const MAX_DOCUMENT_LIST_READS = 5;

/**
 * Reads the document list. A change that arrives while the read is on its way (an import
 * announced mid-read) was applied to the old list, which the answer then replaces: it may have
 * been read before that change, so the list is read again until one read sees no change arrive.
 */
export async function refreshDocuments(): Promise<Outcome<void>> {
  for (let read = 1; ; read++) {
    const changesBefore = store().appliedChanges;
    const documents = reportFailure(await call('listDocuments', {}));
    if (documents.status !== 'done') return documents;
    store().setDocuments(documents.value);
    if (store().appliedChanges === changesBefore || read === MAX_DOCUMENT_LIST_READS) break;
  }
  await refreshAssignments();
  return done();
}

/** After any project-opening call: adopt the new session and list its documents. */
async function adopt(opened: Outcome<ProjectSummary>): Promise<Outcome<void>> {
  if (opened.status !== 'done') return reportFailure(opened);
  store().showError(null);
  const session = reportFailure(await call('getSession', {}));
  if (session.status !== 'done') return session;
  store().setSession(session.value);
  return refreshDocuments();
}

export const openSampleProject = async () => adopt(await call('openSampleProject', {}));
export const createProject = async (name: string) => adopt(await ask('createProject', { name }));
export const openRecentProject = async (path: string) => adopt(await call('openRecentProject', { path }));
export const openProjectFile = async (path: string) => adopt(await call('openProjectFile', { path }));

/** Save As: the same project under a new file; the document being read stays open. */
export async function saveProjectAs(): Promise<Outcome<void>> {
  const reading = store().current?.document.id;
  const adopted = await adopt(await ask('saveProjectAs', {}));
  if (adopted.status !== 'done' || !reading) return adopted;
  return andThen(await openDocument(reading), () => done());
}

/** What "Open a project…" came to: a project opened through the shell's dialog, or files to offer. */
export type OpenProjectStep = { opened: true } | { choices: ProjectFileChoice[] };

/**
 * Opens a project through the shell's dialog; where there is none (browser mode) main offers the
 * project files it may open instead, and the caller shows them.
 */
export async function openProject(): Promise<Outcome<OpenProjectStep>> {
  const listed = reportFailure(await call('listProjectFiles', {}));
  if (listed.status !== 'done') return listed;
  if (listed.value) return done({ choices: listed.value });
  return andThen(await adopt(await ask('openProject', {})), () => done({ opened: true as const }));
}

export async function closeProject(): Promise<Outcome<void>> {
  const closed = reportFailure(await call('closeProject', {}));
  if (closed.status !== 'done') return closed;
  const session = reportFailure(await call('getSession', {}));
  if (session.status !== 'done') return session;
  store().setSession(session.value);
  return done();
}

/**
 * Imports through the shell's picker. Cancelled when the user closes the picker, and where the
 * shell has none (browser mode): the page then offers its own.
 */
export async function chooseAndImportDocuments(): Promise<Outcome<ImportOutcome>> {
  const imported = reportFailure(await ask('chooseAndImportDocuments', {}));
  if (imported.status !== 'done') return imported;
  adoptImport(imported.value);
  store().showImportReport(imported.value.report);
  return imported;
}

/** Imports files the page holds, one call per batch, and shows one report for them all. */
export async function importFileBatches(batches: { name: string; base64: string }[][]): Promise<Outcome<void>> {
  const total: ImportReport = { imported: [], duplicates: [], problems: [] };
  let any = false;
  for (const files of batches) {
    if (files.length === 0) continue;
    const imported = reportFailure(await call('importDocumentFiles', { files }));
    if (imported.status !== 'done') {
      if (any) store().showImportReport(total); // the batches before are in the project
      return imported;
    }
    adoptImport(imported.value);
    const { report } = imported.value;
    any = true;
    // One by one: push(...list) passes each item as an argument, and one batch may report 150,000 files.
    for (const file of report.imported) total.imported.push(file);
    for (const duplicate of report.duplicates) total.duplicates.push(duplicate);
    for (const problem of report.problems) total.problems.push(problem);
  }
  if (any) store().showImportReport(total);
  return done();
}

/** The documents an import added, into the list (its change, applied once; the event naming this window is ignored). */
function adoptImport({ change }: ImportOutcome): void {
  if (change) store().applyProjectChange(change);
}

export async function setPreferences(changes: Partial<Preferences>): Promise<Outcome<Preferences>> {
  store().setPreferences({ ...store().preferences, ...changes }); // show it now; main's answer confirms
  const saved = reportFailure(await call('setPreferences', changes));
  if (saved.status === 'done') store().setPreferences(saved.value);
  return saved;
}

export const toggleTheme = () => setPreferences({ theme: store().preferences.theme === 'dark' ? 'light' : 'dark' });
