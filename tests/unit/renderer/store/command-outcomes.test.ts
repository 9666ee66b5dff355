import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import type { DialogPort } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import { callNames } from '../../../../shared/ipc/contract';
import { exportCorpus, showExportedFiles } from '../../../../renderer/store/export-commands';
import type { SessionState } from '../../../../shared/ipc/views';
import {
  adoptSessionEvent,
  chooseAndImportDocuments,
  createProject,
  loadSession,
  openRecentProject,
  refreshDocuments,
  openSampleProject,
  saveProjectAs,
} from '../../../../renderer/store/project-commands';
import { restoreBackup } from '../../../../renderer/store/recovery-commands';
import { useWorkbench } from '../../../../renderer/store/workbench-store';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');
const initial = useWorkbench.getState();
const store = () => useWorkbench.getState();

/** Every question the shell could ask, answered "cancelled" (as a user closing each dialog). */
const dismissingDialogs: DialogPort = {
  chooseNewProjectPath: async () => null,
  chooseProjectToOpen: async () => null,
  chooseSaveAsPath: async () => null,
  chooseFilesToImport: async () => null,
  chooseExportDestination: async () => null,
};

let service: ProjectService;
/** The page's bridge, as the e2e harness binds it: each call goes to the handler table main registers. */
let bridge: Record<string, unknown>;
/** Every message the page's alert region was given, in order. */
let alerts: string[];
let stopWatchingAlerts: () => void;

beforeEach(async () => {
  useWorkbench.setState(initial, true);
  alerts = [];
  stopWatchingAlerts = useWorkbench.subscribe((state, before) => {
    if (state.failure && state.failure !== before.failure) alerts.push(state.failure.message);
  });
  service = await ProjectService.create({ userDataDir: join(await tempDir(), 'data'), seedsDir, debounceMs: 5 });
  const handlers = createCallHandlers(service, dismissingDialogs);
  bridge = { on: () => () => {} };
  for (const name of callNames) bridge[name] = (input: unknown) => dispatchCall(handlers, name, input);
  (globalThis as { window?: unknown }).window = { tagwright: bridge };
});

afterEach(async () => {
  stopWatchingAlerts();
  await service.closeProject();
  delete (globalThis as { window?: unknown }).window;
});

describe('commands resolve to one outcome shape', () => {
  it('done: main answered, and the store shows it', async () => {
    expect(await openSampleProject()).toEqual({ status: 'done', value: undefined });
    expect(store().session?.project?.name).toBe('Sample project: landmine maps');
    expect(store().documents).toHaveLength(5);
    expect(alerts).toEqual([]);
  });

  it("failed: main's error, said once in the page's alert region", async () => {
    const outcome = await openRecentProject('/nowhere/else.tagwright');
    const message = '/nowhere/else.tagwright is not in the list of recent projects.';
    expect(outcome).toEqual({ status: 'failed', error: { code: 'forbidden', message } });
    expect(store().error).toBe(message);
    expect(alerts).toEqual([message]);
  });

  it('cancelled: a question the user dismissed says nothing and changes nothing', async () => {
    await openSampleProject();
    const before = store().session;
    expect(await createProject('Another')).toEqual({ status: 'cancelled' });
    expect(await saveProjectAs()).toEqual({ status: 'cancelled' });
    expect(await chooseAndImportDocuments()).toEqual({ status: 'cancelled' });
    expect(await exportCorpus({ format: 'jsonl', documents: 'all' })).toEqual({ status: 'cancelled' });
    expect(store().session).toBe(before);
    expect(store().error).toBeNull();
    expect(alerts).toEqual([]);
  });

  it("a modal dialog's command hands its failure to the dialog, not to the alert region behind it", async () => {
    await openSampleProject();
    expect(await restoreBackup('no-such-backup', false)).toMatchObject({
      status: 'failed',
      error: { code: 'project-file' },
    });
    expect(await showExportedFiles()).toEqual({
      status: 'failed',
      error: { code: 'not-found', message: 'Nothing has been exported yet.' },
    });
    expect(alerts).toEqual([]);
  });

  it('a bridge that cannot deliver a call fails like main, naming the call, and nothing is thrown', async () => {
    bridge.getPreferences = () => Promise.reject(new Error('the window is closing'));
    const message = 'The call getPreferences did not reach Tagwright: Error: the window is closing';
    expect(await loadSession()).toEqual({ status: 'failed', error: { code: 'internal', message } });
    expect(alerts).toEqual([message]);
    expect(store().session).toBeNull();
  });
});

describe('a project handed over while the page is open', () => {
  it('fails to open as one at start does: the session event brings up its recovery dialog once', async () => {
    await openSampleProject();
    const lockedPath = join(await tempDir(), 'held.tagwright');
    const holder = await ProjectService.create({ userDataDir: join(await tempDir(), 'other'), seedsDir });
    await holder.createProject(lockedPath, 'Held elsewhere');
    try {
      const events: SessionState[] = [];
      const off = service.events.on('sessionChanged', (session) => events.push(session));
      expect(await service.openProjectAtStart(lockedPath)).toBeNull();
      off();
      expect(events).toHaveLength(1);
      adoptSessionEvent(events[0]!);
      expect(store().failure).toMatchObject({ code: 'conflict' });
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toContain('held.tagwright');
      // The same session again (a backup status, the recent list) does not raise it a second time.
      adoptSessionEvent(events[0]!);
      expect(alerts).toHaveLength(1);
      expect(store().session?.project?.name).toBe('Sample project: landmine maps');
    } finally {
      await holder.closeProject();
    }
  });

  it('a document imported while the list is being read is listed: the list is read again', async () => {
    await openSampleProject();
    const unsubscribe = service.events.on('projectChanged', (event) => store().receiveProjectChange(event));
    const list = bridge.listDocuments as (input: unknown) => Promise<unknown>;
    let reads = 0;
    // The first read is answered as it stood before the import, whose change reaches the page first.
    bridge.listDocuments = async (input: unknown) => {
      const answer = await list(input);
      if (++reads === 1)
        service.importFiles([{ name: 'late.txt', bytes: new TextEncoder().encode('Late\n\nA late arrival.\n') }]);
      return answer;
    };
    try {
      expect(await refreshDocuments()).toEqual({ status: 'done', value: undefined });
    } finally {
      unsubscribe();
    }
    expect(reads).toBe(2);
    expect(store().documents.map((d) => d.title)).toContain('Late');
    expect(store().documents).toHaveLength(6);
  });
});
