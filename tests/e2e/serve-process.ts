import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { buildDir } from './harness';

/** Resolves with the first capture of `pattern` in the child's output (or rejects when it exits first). */
function waitForOutput(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) {
        child.stdout.off('data', onData);
        resolve(match[1] ?? match[0]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`tagwright serve exited (${code}) before printing ${pattern}:\n${seen}`)),
    );
  });
}

/** The built `tagwright serve` in a child process, with its home and config folders in `tempDir`. */
export function spawnServe(tempDir: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(
    process.execPath,
    [join(buildDir, 'main', 'cli.js'), 'serve', '--no-open', '--projects-dir', join(tempDir, 'projects'), ...args],
    { env: { ...process.env, HOME: tempDir, XDG_CONFIG_HOME: join(tempDir, 'config') }, stdio: 'pipe' },
  );
}

/** The address `tagwright serve` prints, once it is running. */
export const servedAddress = (child: ChildProcessWithoutNullStreams) =>
  waitForOutput(child, /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/);
