import { app, BrowserWindow, Menu, dialog } from 'electron';
import { join } from 'node:path';
import { ProjectService } from './service/project-service';
import { createCallHandlers } from './ipc/call-handlers';
import { bindIpc } from './shell/ipc-binding';
import { buildAppMenu } from './shell/app-menu';
import { menuActions } from './shell/menu-actions';
import { nativeDialogs } from './shell/native-dialogs';
import { installWebSecurity } from './shell/web-security';
import { mainWindowOptions } from './shell/window-options';
import { openLaunchProject, openProjectFromArgv } from './shell/launch-project';
import { registerAppScheme, serveRenderer } from './shell/app-protocol';
import { launchOverrides } from './shell/launch-overrides';

// Electron glue only: everything it calls runs under plain Node too.

// The built renderer is served from our own scheme (app://tagwright/), never file://. A packaged
// app ignores development overrides (a dev-server URL, debugging switches): see launch-overrides.ts.
const overrides = launchOverrides(app.isPackaged, process.env, (name) => app.commandLine.hasSwitch(name));
for (const name of overrides.switchesToRemove) app.commandLine.removeSwitch(name);
const rendererUrl = overrides.rendererUrl;
const pageOf = (url: string) => url.split(/[?#]/)[0];
const isOwnUrl = (url: string) => pageOf(url) === pageOf(rendererUrl);
const seedsDir = app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds');

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  serveRenderer(join(import.meta.dirname, '../renderer'));
  installWebSecurity(isOwnUrl);
  const service = await ProjectService.create({
    userDataDir: app.getPath('userData'),
    seedsDir,
    // Built beside this file (electron.vite.config.ts).
    searchWorkerFile: join(import.meta.dirname, 'search-worker.js'),
  });
  const dialogs = nativeDialogs(
    () => mainWindow,
    () => app.getPath('documents'),
  );
  const handlers = createCallHandlers(service, dialogs);
  bindIpc(handlers, service.events, isOwnUrl);

  const report = (error: { message: string }) => dialog.showErrorBox('Tagwright', error.message);
  const actions = menuActions(handlers, (command) => service.events.emit('menuCommand', { command }), report);
  const refreshMenu = () =>
    Menu.setApplicationMenu(buildAppMenu(actions, service.settings.recent, process.platform === 'darwin'));
  refreshMenu();
  service.events.on('sessionChanged', (session) => {
    refreshMenu();
    mainWindow?.setTitle(session.project ? `${session.project.name} — Tagwright` : 'Tagwright');
  });

  // Before the page loads: it reads the session once at start, and offers a locked or damaged
  // project's way out (its recovery dialog) from there.
  await openProjectFromArgv(service, process.argv, process.cwd()).catch(report);
  mainWindow = createWindow(service);

  // A project handed over later reaches a page already loaded: its failure comes with the session
  // event, and the page offers the recovery dialog; only what no dialog can mend is said in a box.
  const openLater = (opening: Promise<unknown>) => void opening.catch(report);
  app.on('second-instance', (_event, argv, cwd) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    openLater(openProjectFromArgv(service, argv, cwd));
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openLater(openLaunchProject(service, path));
  });

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    // Flush the last changes before the process goes.
    event.preventDefault();
    quitting = true;
    // A sync under way stops first (its last round lands in the project), then everything is written.
    void service.sync
      .stop()
      .catch(() => undefined)
      .then(() => service.flush())
      .finally(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
}

function createWindow(service: ProjectService): BrowserWindow {
  const bounds = service.settings.windowBounds;
  const window = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), bounds));
  if (bounds?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const b = window.getNormalBounds();
    void service.settings.setWindowBounds({ ...b, maximized: window.isMaximized() });
    void service.flush();
  });
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(rendererUrl);
  return window;
}
