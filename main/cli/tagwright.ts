import { join } from 'node:path';
import { defaultUserDataDir } from '../settings/user-data-dir';
import { runCli } from './run-cli';

/**
 * A writer that goes quiet once the reader has gone (`tagwright stats P | head`): a closed pipe
 * ends the output, never the command, which still finishes (and saves) and exits normally.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let open = true;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    open = false;
  });
  return (text) => {
    if (open) stream.write(text);
  };
}

// Entry of the `tagwright` command (bundled to out/main/cli.js; see main/cli/bin.js).
const code = await runCli(process.argv.slice(2), {
  stdout: quietWhenClosed(process.stdout),
  stderr: quietWhenClosed(process.stderr),
  userDataDir: defaultUserDataDir(),
  seedsDir: join(import.meta.dirname, '..', '..', 'seeds'),
  cwd: process.cwd(),
  // Built beside this file (electron.vite.config.ts).
  searchWorkerFile: join(import.meta.dirname, 'search-worker.js'),
});
process.exitCode = code;
