import { test as base, expect, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { callNames } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model';
import { createCallHandlers } from '../../main/ipc/call-handlers';
import type { DialogPort } from '../../main/ipc/dialog-port';
import { dispatchCall } from '../../main/ipc/dispatch-call';
import { ProjectService } from '../../main/service/project-service';
import { serveFolder } from './static-server';
import { buildDir, prepareWorkbenchFiles, repoRoot, savedProjectOf, seedsDir } from './workbench-files';

export { buildDir, repoRoot, seedsDir };

/** Answers the shell's dialogs in tests: set the next answer before the action that asks. */
export class ScriptedDialogs implements DialogPort {
  newProjectPath: string | null = null;
  projectToOpen: string | null = null;
  saveAsPath: string | null = null;
  filesToImport: string[] | null = null;
  chooseNewProjectPath = async () => this.newProjectPath;
  chooseProjectToOpen = async () => this.projectToOpen;
  chooseSaveAsPath = async () => this.saveAsPath;
  chooseFilesToImport = async () => this.filesToImport;
  /** The answer to the export dialog's destination question (a file, or a folder for folder formats). */
  exportDestination: string | null = null;
  /** Paths the app asked to show in the file manager. */
  shownInFolder: string[] = [];
  chooseExportDestination = async () => this.exportDestination;
  showItemInFolder = async (path: string) => {
    this.shownInFolder.push(path);
  };
}

export interface Workbench {
  page: Page;
  /** The open project's file, or null when the fixture started with none. */
  projectPath: string | null;
  userDataDir: string;
  tempDir: string;
  service: ProjectService;
  dialogs: ScriptedDialogs;
  /** The project file as it is on disk now, after flushing pending saves. */
  savedProject(): Promise<Project>;
  /** Quits and starts again over the same files, as a user closing and reopening the app. */
  restart(): Promise<void>;
}

export interface WorkbenchOptions {
  /** 'sample' (default): a fresh sample project; 'none': first launch; or a project file to copy and open. */
  project: 'sample' | 'none' | string;
}

type WorkerFixtures = { rendererUrl: string };

const callsReceived = new WeakMap<Page, string[]>();

/**
 * The names of the calls main has taken from this page, in order. A handler has run (up to its
 * first await) once its name is here: a test can wait for main to have a call, such as a cancel,
 * before it lets something else happen.
 */
export const callsFromPage = (page: Page): readonly string[] => callsReceived.get(page) ?? [];

/** The page's window id: what main's projectChanged events name when the page made the call. */
export const HARNESS_WINDOW_ID = 'e2e-page';

/**
 * The browser harness: the built renderer in Chromium, with `window.tagwright` bound through
 * page.exposeFunction to the very handler table main registers, over files in a temp folder.
 * Everything but the Electron glue runs for real.
 */
export const test = base.extend<WorkbenchOptions & { workbench: Workbench }, WorkerFixtures>({
  project: ['sample', { option: true }],
  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveFolder(join(buildDir, 'renderer'));
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  workbench: async ({ page, project, rendererUrl }, use) => {
    const files = await prepareWorkbenchFiles(project, 'tagwright-e2e-');
    const { tempDir, userDataDir, projectPath, reopen } = files;
    const dialogs = new ScriptedDialogs();

    let current = { handlers: createCallHandlers(files.service, dialogs), service: files.service };
    const calls: string[] = [];
    callsReceived.set(page, calls);
    await page.exposeFunction('__tagwrightCall', (name: unknown, payload: unknown) => {
      calls.push(String(name));
      return dispatchCall(current.handlers, name, payload, HARNESS_WINDOW_ID);
    });
    await page.addInitScript((names: string[]) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const w = window as unknown as Record<string, unknown>;
      const callMain = w.__tagwrightCall as (name: string, payload: unknown) => Promise<unknown>;
      w.__tagwrightEmit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
      const api: Record<string, unknown> = {};
      for (const name of names) api[name] = (input: unknown) => callMain(name, input);
      api.on = (event: string, listener: (payload: unknown) => void) => {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event)!.add(listener);
        return () => listeners.get(event)?.delete(listener);
      };
      w.tagwright = Object.freeze(api);
    }, callNames);

    const forwardEvents = (s: ProjectService) =>
      s.events.onAny((event, payload) => {
        void page
          .evaluate(
            ([e, p]) =>
              (window as unknown as { __tagwrightEmit?: (e: string, p: unknown) => void }).__tagwrightEmit?.(e, p),
            [event, payload] as const,
          )
          .catch(() => {});
      });
    let stopForwarding = forwardEvents(current.service);

    const workbench: Workbench = {
      page,
      get projectPath() {
        return projectPath ?? current.service.projectPath;
      },
      userDataDir,
      tempDir,
      get service() {
        return current.service;
      },
      dialogs,
      savedProject: () => savedProjectOf(current.service, projectPath),
      async restart() {
        stopForwarding();
        const service = await reopen(current.service);
        current = { handlers: createCallHandlers(service, dialogs), service };
        stopForwarding = forwardEvents(service);
        await page.reload();
      },
    };
    await page.goto(rendererUrl);
    await use(workbench);
    stopForwarding();
    // As quitting: saves, stops the file watcher and releases the lock, so nothing outlives the test.
    await current.service.closeProject().catch(() => {});
    await rm(tempDir, { recursive: true, force: true });
  },
});

export { expect };
