import { describe, expect, it } from 'vitest';
import { useSyncServer } from '../../../support/sync-server';
import { useTempDirs } from '../../../support/temp-dir';
import { runCliInProcess } from '../../../support/run-cli-in-process';
import { readSavedProject } from '../../../support/project-file-text';
import { annotatorProject } from '../../../support/sync-projects';

const server = useSyncServer();
const tempDir = useTempDirs();

/** An annotator's saved project with one annotation, closed (the command takes the lock). */
async function closedProject(dir: string, annotator: string, start: number, end: number) {
  const { service, path, documentId } = await annotatorProject(dir, annotator);
  service.createAnnotation({ documentId, start, end, label: 'figure' });
  await service.closeProject();
  return path;
}

describe('tagwright sync', () => {
  it("--once sends the annotator's layer up and brings the others' down, and says how much", async () => {
    const dir = await tempDir();
    const ana = await closedProject(dir, 'ana', 33, 36);
    const ben = await closedProject(dir, 'ben', 4, 12);
    const sync = (path: string, as: string, ...more: string[]) =>
      runCliInProcess(
        ['sync', path, '--server', server.url, '--database', 'cli-team', '--as', as, '--once', ...more],
        dir,
      );

    const anaRun = await sync(ana, 'ana');
    expect(anaRun).toMatchObject({ code: 0, stderr: '' });
    expect(anaRun.stdout).toContain(`Synced ${ana} with ${server.url}cli-team as ana:`);
    expect(anaRun.stdout).toContain('up:   2 documents; 2 written, 0 deleted');
    const benRun = await sync(ben, 'ben', '--json');
    expect(benRun.code).toBe(0);
    expect(JSON.parse(benRun.stdout)).toMatchObject({
      annotator: 'ben',
      database: `${server.url}cli-team`,
      down: { put: 1, removed: 0, waiting: 0, refused: [] },
      up: { written: 1, removed: 0 },
    });

    const saved = await readSavedProject(ben);
    expect(saved.annotations.map((a) => [a.annotator, a.quote]).sort()).toEqual([
      ['ana', '25%'],
      ['ben', 'ministry'],
    ]);
  });

  it('refuses a server that is not http(s), credentials in the address and a bad database name, naming them', async () => {
    const dir = await tempDir();
    const ana = await closedProject(dir, 'ana', 33, 36);
    const before = await readSavedProject(ana);
    const run = (...args: string[]) => runCliInProcess(['sync', ana, '--once', ...args], dir);

    expect(await run('--server', 'ftp://example.org/')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('http or https address, not "ftp:"'),
    });
    expect(await run('--server', 'http://me:secret@127.0.0.1:1/')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('TAGWRIGHT_SYNC_USER'),
    });
    expect(await run('--server', server.url, '--database', 'Team')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('"Team" is not a CouchDB database name'),
    });
    expect(await run()).toMatchObject({ code: 2 });
    expect(await readSavedProject(ana)).toEqual(before);
  });
});
