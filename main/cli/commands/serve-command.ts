import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createCallHandlers } from '../../ipc/call-handlers';
import { ProjectService } from '../../service/project-service';
import { SAMPLE_PROJECT_FILE } from '../../service/sample-project';
import { LOOPBACK_HOST, startBrowserServer } from '../../server/browser-server';
import { openInBrowser } from '../../server/open-in-browser';
import { defaultProjectsDir, ServerDialogs } from '../../server/server-dialogs';
import { defineCommand } from '../cli-command';
import { CliError } from '../cli-context';
import { cliErrorOf, describeStartFailure, reportTakeOver } from '../locked-project';
import { stopSignal } from '../stop-signal';

// Bundled into <build>/main/cli.js, beside <build>/renderer.
const rendererDir = join(import.meta.dirname, '..', 'renderer');

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Run the workbench in your web browser (no Electron needed)',
  usage:
    'tagwright serve [PROJECT] [--port N] [--host H] [--projects-dir DIR] [--export-dir DIR] [--take-over] [--no-open]\n\n' +
    'Serves Tagwright on http://127.0.0.1 and prints the address to open (it carries a one-time token).\n' +
    'New projects go to --projects-dir (default: Tagwright in your documents folder); the page may open\n' +
    'only project files there, the PROJECT named here and the sample. --host widens who can connect.\n' +
    'Exports are written into --export-dir under a fresh name (never over a file); without it they are\n' +
    'downloaded by the browser, and folder formats (brat, webanno-tsv) need --export-dir.\n' +
    'A PROJECT that is locked or damaged is offered in the page (read-only, take over, restore a backup);\n' +
    '--take-over takes over its lock from a Tagwright on another computer (one of this computer that is no\n' +
    'longer running is taken over without asking).',
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    'projects-dir': { type: 'string' },
    'export-dir': { type: 'string' },
    'no-open': { type: 'boolean' },
    'take-over': { type: 'boolean' },
  },
  async run([target], values, ctx) {
    const port = Number(values.port ?? 0);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new CliError(`--port must be 0–65535, not ${String(values.port)}`, 2);
    const host = values.host ?? LOOPBACK_HOST;
    if (!existsSync(join(rendererDir, 'index.html'))) {
      throw new CliError(`The workbench is not built (${rendererDir} is missing); run "npm run build" first.`);
    }
    const service = await ProjectService.create({
      userDataDir: ctx.userDataDir,
      seedsDir: ctx.seedsDir,
      searchWorkerFile: ctx.searchWorkerFile,
      ...(ctx.annotator !== undefined ? { annotator: ctx.annotator } : {}),
    });
    const projectPath = target ? resolve(ctx.cwd, target) : null;
    if (projectPath) {
      const access = values['take-over'] ? 'take-over' : 'write';
      const opened = await service.openProjectAtStart(projectPath, access).catch((error: unknown) => {
        throw cliErrorOf(error);
      });
      const failure = service.session().openFailure;
      if (opened) reportTakeOver(service, ctx);
      else if (failure) ctx.stderr(`${describeStartFailure(failure)}\n`);
    }
    const exportDir = values['export-dir'];
    const dialogs = new ServerDialogs({
      projectsDir: resolve(ctx.cwd, values['projects-dir'] ?? defaultProjectsDir()),
      projectFiles: [...(projectPath ? [projectPath] : []), join(ctx.userDataDir, SAMPLE_PROJECT_FILE)],
      ...(exportDir ? { exportDir: resolve(ctx.cwd, exportDir) } : {}),
    });
    const server = await startBrowserServer({
      handlers: createCallHandlers(service, dialogs),
      events: service.events,
      rendererDir,
      host,
      port,
      downloads: dialogs.downloads,
    }).catch((error: Error) => {
      throw new CliError(`Could not listen on ${host}:${port} (${error.message})`);
    });

    // Listening for Ctrl+C before the address is printed: a stop asked for at once still saves and unlocks.
    const stop = stopSignal();
    if (host !== LOOPBACK_HOST && host !== 'localhost') {
      ctx.stderr(
        `Warning: listening on ${host}, not only this computer. Anyone who can reach it and has the address ` +
          'below (with its token) can read and change your projects.\n',
      );
    }
    ctx.stdout(`Tagwright is running at ${server.url}\n`);
    ctx.stdout(
      `Exports: ${dialogs.exportDir ? `written into ${dialogs.exportDir}` : 'downloaded by the browser (--export-dir DIR writes them on this side)'}\n`,
    );
    ctx.stdout(`Projects folder: ${dialogs.projectsDir}\nPress Ctrl+C to stop (your work is saved first).\n`);
    if (!values['no-open']) openInBrowser(server.url);

    await stop.received;
    await server.close();
    // Saves what is pending and releases the project's lock.
    await service.closeProject();
    await dialogs.downloads.removeAll();
    stop.dispose();
    ctx.stdout('Saved. Tagwright has stopped.\n');
  },
});
