import { test as base, expect, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createCallHandlers } from '../../main/ipc/call-handlers';
import { startBrowserServer, type BrowserServer } from '../../main/server/browser-server';
import { ServerDialogs } from '../../main/server/server-dialogs';
import { ProjectService } from '../../main/service/project-service';
import { SAMPLE_PROJECT_FILE } from '../../main/service/sample-project';
import { buildDir, type Workbench, type WorkbenchOptions } from './harness';
import { prepareWorkbenchFiles, savedProjectOf } from './workbench-files';

/** The harness's workbench, in browser mode: the dialogs are the server's in-page stand-ins. */
export interface ServeWorkbench extends Omit<Workbench, 'dialogs'> {
  dialogs: ServerDialogs;
  /** The running server: its address (with token) and origin. */
  readonly server: BrowserServer;
  projectsDir: string;
  /**
   * Stops the server, runs `meanwhile`, and starts it again at the same address (port and token),
   * the page left as it is: as a server restarted under an open tab, or a laptop waking. What
   * `meanwhile` changes reaches the page by no event.
   */
  interruptServer(meanwhile: () => Promise<void> | void): Promise<void>;
}

/**
 * The browser harness's `serve` variant: the real browser-mode server (the module `tagwright
 * serve` runs) on a free port over a temp user-data folder, and the page driven over real HTTP
 * and WebSocket: no exposeFunction, no window.tagwright, the page's own HTTP bridge.
 */
export const test = base.extend<ServeOptions & { workbench: ServeWorkbench }>({
  project: ['sample', { option: true }],
  serveExportDir: [false, { option: true }],
  workbench: ({ page, project, serveExportDir }, use) => runServeWorkbench({ page, project, serveExportDir }, use),
});

export interface ServeOptions extends WorkbenchOptions {
  /** Start as `tagwright serve --export-dir <temp>/exports` (exports written on the server, not downloaded). */
  serveExportDir?: boolean;
}

/** The serve variant's fixture body, exported so the main harness can offer it as a transport option. */
export async function runServeWorkbench(
  { page, project, serveExportDir = false }: { page: Page } & ServeOptions,
  use: (workbench: ServeWorkbench) => Promise<void>,
): Promise<void> {
  const files = await prepareWorkbenchFiles(project, 'tagwright-serve-e2e-');
  const { tempDir, userDataDir, projectPath, reopen } = files;
  let service = files.service;
  const projectsDir = join(tempDir, 'projects');
  const dialogs = new ServerDialogs({
    projectsDir,
    projectFiles: [...(projectPath ? [projectPath] : []), join(userDataDir, SAMPLE_PROJECT_FILE)],
    ...(serveExportDir ? { exportDir: join(tempDir, 'exports') } : {}),
  });
  const serve = (s: ProjectService, address: { port?: number; token?: string } = {}) =>
    startBrowserServer({
      handlers: createCallHandlers(s, dialogs),
      events: s.events,
      rendererDir: join(buildDir, 'renderer'),
      downloads: dialogs.downloads,
      ...address,
    });
  let server = await serve(service);

  const workbench: ServeWorkbench = {
    page,
    get projectPath() {
      return projectPath ?? service.projectPath;
    },
    userDataDir,
    tempDir,
    projectsDir,
    get service() {
      return service;
    },
    get server() {
      return server;
    },
    dialogs,
    savedProject: () => savedProjectOf(service, projectPath),
    async restart() {
      // As a user stopping `tagwright serve` and starting it again: a new token, a new address.
      await server.close();
      service = await reopen(service);
      server = await serve(service);
      await page.goto(server.url);
    },
    async interruptServer(meanwhile) {
      const { port, token } = server;
      await server.close();
      await meanwhile();
      server = await serve(service, { port, token });
    },
  };
  await page.goto(server.url);
  await use(workbench);
  await server.close();
  await service.closeProject().catch(() => {});
  await dialogs.downloads.removeAll();
  await rm(tempDir, { recursive: true, force: true });
}

export { expect };
