import { join, resolve } from 'node:path';
import { runCli } from '../../main/cli/run-cli';
import type { CliContext } from '../../main/cli/cli-context';

const repoRoot = resolve(import.meta.dirname, '../..');

/** Runs one `tagwright` command in this process with `cwd` as its folder (user data inside it). */
export async function runCliInProcess(args: string[], cwd: string, context: Pick<CliContext, 'searchWorkerFile'> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    userDataDir: join(cwd, 'user-data'),
    seedsDir: join(repoRoot, 'seeds'),
    cwd,
    ...context,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
