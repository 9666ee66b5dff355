import { join } from 'node:path';
import { defaultUserDataDir } from '../settings/user-data-dir';
import { runCli } from './run-cli';

// Entry of the `tagwright` command (bundled to out/main/cli.js; see main/cli/bin.js).
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  userDataDir: defaultUserDataDir(),
  seedsDir: join(import.meta.dirname, '..', '..', 'seeds'),
  cwd: process.cwd(),
});
process.exitCode = code;
