import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupFolderOf } from '../../../../main/store/project-backups';
import { lockPathOf } from '../../../../main/store/project-lock';
import type { ProjectLockInfo } from '../../../../shared/ipc/views';
import { anotherComputersLock, writeLockFile } from '../../../support/lock-fixtures';
import { readSavedProject } from '../../../support/project-file-text';
import { runCliInProcess } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';

// The built `tagwright` command in child processes: what a terminal runs (see the README's set-up).
const tempDir = useTempDirs();
const bin = resolve(import.meta.dirname, '../../../../main/cli/bin.js');

function tagwright(args: string[], dir: string): ChildProcessWithoutNullStreams {
  const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config') };
  return spawn(process.execPath, [bin, ...args], { cwd: dir, env, stdio: 'pipe' });
}

/** Runs a command to its end: exit code and everything it wrote. */
function run(args: string[], dir: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = tagwright(args, dir);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

/** Starts `tagwright serve`; resolves once it prints its address, with what it wrote to stderr by then. */
async function serve(args: string[], dir: string) {
  const child = tagwright(['serve', '--no-open', '--projects-dir', join(dir, 'projects'), ...args], dir);
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((running, failed) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Tagwright is running at')) running();
    });
    void exited.then((code) => failed(new Error(`serve exited (${code}) before running:\n${stdout}\n${stderr}`)));
  });
  return { child, exited, stderr: () => stderr };
}

const lockOf = async (project: string) => JSON.parse(await readFile(lockPathOf(project), 'utf8')) as ProjectLockInfo;

describe('the tagwright command and project locks', () => {
  it('after `serve P` is killed with SIGKILL, `import P` and `serve P` take its lock over and say so', async () => {
    const dir = await tempDir();
    await runCliInProcess(['new', 'p.tagwright', '--sample'], dir);
    const project = join(dir, 'p.tagwright');
    await writeFile(join(dir, 'x.txt'), 'A note imported after the crash.');

    const crashed = await serve(['p.tagwright'], dir);
    crashed.child.kill('SIGKILL');
    await crashed.exited;
    expect((await lockOf(project)).pid).toBe(crashed.child.pid);

    const imported = await run(['import', 'p.tagwright', 'x.txt'], dir);
    expect(imported.stderr).toMatch(
      new RegExp(
        `^Took over the lock of .*p\\.tagwright left by .* \\(process ${crashed.child.pid}, .*no longer running\\.\\n$`,
      ),
    );
    expect(imported.code).toBe(0);
    expect((await readSavedProject(project)).documents.map((d) => d.text)).toContain(
      'A note imported after the crash.',
    );
    expect(existsSync(lockPathOf(project))).toBe(false);

    const crashedAgain = await serve(['p.tagwright'], dir);
    crashedAgain.child.kill('SIGKILL');
    await crashedAgain.exited;
    const served = await serve(['p.tagwright'], dir);
    // Said on stderr before the address on stdout, but the two pipes may arrive in either order.
    await vi.waitFor(() => expect(served.stderr()).toMatch(/^Took over the lock of .*no longer running\.\n$/));
    expect(served.stderr()).toContain(`(process ${crashedAgain.child.pid}, `);
    expect((await lockOf(project)).pid).toBe(served.child.pid);
    served.child.kill('SIGINT');
    expect(await served.exited).toBe(0);
    expect(existsSync(lockPathOf(project))).toBe(false);
  });

  it("refuses another computer's lock naming --take-over, and takes it over with it", async () => {
    const dir = await tempDir();
    await runCliInProcess(['new', 'p.tagwright', '--sample'], dir);
    const project = join(dir, 'p.tagwright');
    await writeFile(join(dir, 'x.txt'), 'From the lab server.');
    const distant = anotherComputersLock();
    await writeLockFile(project, distant);
    const before = await readFile(project);

    const refused = await run(['import', 'p.tagwright', 'x.txt'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^tagwright import: .*p\.tagwright is open for editing by ann on lab-laptop .*--take-over.*\n$/,
    );
    expect(await readFile(project)).toEqual(before);
    expect(await lockOf(project)).toEqual(distant);

    const taken = await run(['import', 'p.tagwright', 'x.txt', '--take-over'], dir);
    expect(taken.code).toBe(0);
    expect(taken.stderr).toMatch(/^Took over the lock of .*p\.tagwright from ann on lab-laptop \(process 4242/);
    expect((await readSavedProject(project)).documents.map((d) => d.text)).toContain('From the lab server.');
    expect(existsSync(lockPathOf(project))).toBe(false);
  });

  it('import warns on stderr when the project cannot be backed up, and still imports', async () => {
    const dir = await tempDir();
    await runCliInProcess(['new', 'p.tagwright', '--sample'], dir);
    const project = join(dir, 'p.tagwright');
    await writeFile(join(dir, 'x.txt'), 'Imported all the same.');
    await writeFile(backupFolderOf(project), 'not a folder');
    const imported = await run(['import', 'p.tagwright', 'x.txt'], dir);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/^Warning: Backups of this project are not being written\. /);
    expect((await readSavedProject(project)).documents.map((d) => d.text)).toContain('Imported all the same.');
  });
});
