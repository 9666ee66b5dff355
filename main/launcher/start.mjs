// `npm start`: the Electron app where Electron's binary is installed, otherwise the same
// workbench in the browser (`tagwright serve`). Plain Node, no build step of its own.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(appDir, 'package.json'));
const args = process.argv.slice(2);

/** The Electron executable, or null: requiring 'electron' throws when its binary was not downloaded. */
function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Runs a child in this terminal and resolves with its exit code; Ctrl+C goes to it so it can save first. */
function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: appDir, stdio: 'inherit' });
    const forward = (signal) => () => child.kill(signal);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.on('error', (error) => {
      process.stderr.write(`tagwright: could not start ${command}: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const electron = electronBinary();
if (electron) {
  process.exitCode = await run(electron, ['.', ...args]);
} else {
  process.stdout.write("Electron's binary is not installed here, so Tagwright runs in your browser instead.\n");
  const cli = join(appDir, 'out', 'main', 'cli.js');
  if (!existsSync(cli) || !existsSync(join(appDir, 'out', 'renderer', 'index.html'))) {
    // The same build as `npm run build`, run by this Node (no shell, so Windows needs no .cmd).
    const viteCli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
    const built = await run(process.execPath, [viteCli, 'build']);
    if (built !== 0) {
      process.exitCode = built;
      process.exit();
    }
  }
  process.exitCode = await run(process.execPath, [cli, 'serve', ...args]);
}
