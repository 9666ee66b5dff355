import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSavedProject } from '../../../support/project-file-text';
import { annotatorProject, syncOf } from '../../../support/sync-projects';
import { useSyncServer } from '../../../support/sync-server';
import { useTempDirs } from '../../../support/temp-dir';

// The built `tagwright sync` as a terminal runs it: live until Ctrl+C.
const server = useSyncServer();
const tempDir = useTempDirs();
const bin = resolve(import.meta.dirname, '../../../../main/cli/bin.js');
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts the command; `printed(text)` resolves once its stdout holds `text`. */
function tagwright(args: string[], dir: string) {
  const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: join(dir, 'config') };
  const child = spawn(process.execPath, [bin, ...args], { cwd: dir, env, stdio: 'pipe' });
  children.push(child);
  let stdout = '';
  let stderr = '';
  const waiting: { text: string; done: () => void }[] = [];
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const w of waiting.filter((w) => stdout.includes(w.text))) w.done();
  });
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    printed: (text: string) =>
      new Promise<void>((done, failed) => {
        if (stdout.includes(text)) return done();
        waiting.push({ text, done });
        void exited.then((code) =>
          failed(new Error(`exited (${code}) before printing "${text}":\n${stdout}\n${stderr}`)),
        );
      }),
  };
}

describe('tagwright sync, live', () => {
  it("takes in another annotator's work as it comes, and saves it when stopped with Ctrl+C", async () => {
    const dir = await tempDir();
    const ana = await annotatorProject(dir, 'ana');
    await ana.service.closeProject();
    const ben = await annotatorProject(dir, 'ben');
    ben.service.createAnnotation({ documentId: ben.documentId, start: 4, end: 12, label: 'actor' });

    const live = tagwright(['sync', ana.path, '--server', server.url, '--database', 'live-cli', '--as', 'ana'], dir);
    await live.printed('Press Ctrl+C to stop.');
    const benSync = await syncOf(ben.service, server.url, 'live-cli');
    await benSync.syncOnce();
    await benSync.close();
    await live.printed('down: 1 put, 0 removed, 0 waiting');
    live.child.kill('SIGINT');

    expect(await live.exited).toBe(0);
    expect(live.output().stdout).toContain('Stopped; the project is saved.');
    expect(live.output().stderr).toBe('');
    const saved = await readSavedProject(ana.path);
    expect(saved.annotations.map((a) => [a.annotator, a.quote])).toEqual([['ben', 'ministry']]);
  });
});
