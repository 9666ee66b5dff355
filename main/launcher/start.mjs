// `npm start`: the Electron app where Electron's binary is installed, otherwise the same
// workbench in the browser (`tagwright serve`). Plain Node, no build step of its own.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/** Whether `file` is missing or older than a source file (a checkout updated since the last build). */
function isOlderThanSources(file) {
  if (!existsSync(file)) return true;
  const builtAt = statSync(file).mtimeMs;
  const newer = (dir) =>
    readdirSync(join(appDir, dir), { withFileTypes: true, recursive: true }).some(
      (entry) =>
        entry.isFile() &&
        /\.(ts|tsx|css|html)$/.test(entry.name) &&
        statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs > builtAt,
    );
  return ['main', 'shared', 'renderer'].some(newer);
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

/** Builds out/ when it is missing or older than the sources, quietly unless the build fails. */
async function buildIfNeeded() {
  const built = join(appDir, 'out', 'main', 'index.js');
  if (existsSync(join(appDir, 'out', 'renderer', 'index.html')) && !isOlderThanSources(built)) return true;
  process.stdout.write('Building Tagwright…\n');
  // The same build as `npm run build`, run by this Node (no shell, so Windows needs no .cmd).
  const viteCli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [viteCli, 'build'], { cwd: appDir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve).on('error', () => resolve(1)));
  if (code !== 0) process.stderr.write(`${output}\ntagwright: the build failed; see above.\n`);
  return code === 0;
}

const electron = electronBinary();
if (!electron) {
  process.stdout.write("Electron's binary is not installed here, so Tagwright runs in your browser instead.\n");
}
if (!(await buildIfNeeded())) {
  process.exitCode = 1;
} else if (electron) {
  process.exitCode = await run(electron, ['.', ...args]);
} else {
  process.exitCode = await run(process.execPath, [join(appDir, 'out', 'main', 'cli.js'), 'serve', ...args]);
}
