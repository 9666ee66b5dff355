import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll } from 'vitest';
import { bundleForChildProcess } from './bundle-for-child-process';

/** A child process running a bundled script: its stdout read line by line, its stderr kept for failure messages. */
export interface RunningChild {
  readonly process: ChildProcessByStdio<null, Readable, Readable>;
  /** Calls `listener` with each whole line the child writes to stdout. */
  onLine(listener: (line: string) => void): void;
  /** What the child has written to stderr so far. */
  stderr(): string;
}

export interface ChildScript {
  /** This test file's temp folder (removed after its tests); the bundle lives in its `bundle/`. */
  readonly workDir: string;
  /** Runs the bundled script under plain Node with `args`. */
  start(args: readonly string[]): RunningChild;
}

/**
 * For a test file that runs our real modules in a child `node` process (to kill it, or race it):
 * bundles `entry` once before the file's tests, in a temp folder removed after them.
 */
export function useChildScript(entry: string): ChildScript {
  let workDir = '';
  let script = '';
  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), `tagwright-${basename(entry, extname(entry))}-`));
    script = await bundleForChildProcess(entry, join(workDir, 'bundle'));
  }, 120_000);
  afterAll(() => rm(workDir, { recursive: true, force: true }));
  return {
    get workDir() {
      return workDir;
    },
    start: (args) => startChild(script, args),
  };
}

function startChild(script: string, args: readonly string[]): RunningChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  // Always read: an unread pipe fills up and stalls the child.
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return {
    process: child,
    onLine(listener) {
      let buffered = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        lines.forEach((line) => listener(line));
      });
    },
    stderr: () => stderr,
  };
}
