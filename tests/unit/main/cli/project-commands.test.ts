import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { lockPathOf } from '../../../../main/store/project-lock';
import { anotherComputersLock, writeLockFile } from '../../../support/lock-fixtures';
import { readSavedProject } from '../../../support/project-file-text';
import { runCliInProcess as cli } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';

// `new`, `stats` and `validate` go through ProjectService, as the app and the other commands do.
const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

describe('tagwright new', () => {
  it("takes the project's lock: while another Tagwright holds it, nothing is created and the holder is named", async () => {
    const dir = await tempDir();
    const path = join(dir, 'p.tagwright');
    const theirs = anotherComputersLock();
    await writeLockFile(path, theirs);

    const refused = await cli(['new', 'p.tagwright'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^tagwright new: .*p\.tagwright is open for editing by ann on lab-laptop/);
    // `new` has no --take-over to offer.
    expect(refused.stderr).not.toContain('--take-over');
    expect(existsSync(path)).toBe(false);
    expect(JSON.parse(await readFile(lockPathOf(path), 'utf8'))).toEqual(theirs);
  });

  it('names the file as the app does (.tagwright added), releases the lock, and --sample --name builds the sample so named', async () => {
    const dir = await tempDir();
    const created = await cli(['new', 'notes', '--sample', '--name', 'Landmine maps', '--json'], dir);
    expect(created.code).toBe(0);
    const path = join(dir, 'notes.tagwright');
    expect(JSON.parse(created.stdout)).toEqual({ path, name: 'Landmine maps', documents: 5 });
    const saved = await readSavedProject(path);
    expect(saved.name).toBe('Landmine maps');
    expect(saved.documents).toHaveLength(5);
    expect(existsSync(lockPathOf(path))).toBe(false);
    expect(existsSync(join(dir, 'notes'))).toBe(false);
  });
});

describe('tagwright import into a project named without .tagwright', () => {
  it('adds to the file it created the first time instead of replacing it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), 'First text.');
    await writeFile(join(dir, 'b.txt'), 'Second text.');
    expect((await cli(['import', 'notes', 'a.txt'], dir)).code).toBe(0);
    expect((await cli(['import', 'notes', 'b.txt'], dir)).code).toBe(0);
    const saved = await readSavedProject(join(dir, 'notes.tagwright'));
    expect(saved.documents.map((d) => d.text)).toEqual(['First text.', 'Second text.']);
  });
});

describe('tagwright stats', () => {
  it("counts as the page's document summaries do, read-only while another Tagwright edits the project", async () => {
    const dir = await tempDir();
    const path = join(dir, 'p.tagwright');
    const alice = await ProjectService.create({ userDataDir: join(dir, 'alice'), seedsDir, debounceMs: 5 });
    await alice.createProject(path, 'p', { contents: 'sample' });
    const [first, second] = alice.listDocuments();
    alice.createAnnotation({ documentId: first!.id, start: 0, end: 4, label: 'claim' });
    alice.createAnnotation({ documentId: first!.id, start: 5, end: 9, label: 'actor' });
    alice.createAnnotation({ documentId: second!.id, start: 0, end: 4, label: 'claim' });
    await alice.flush();
    const lockBefore = await readFile(lockPathOf(path), 'utf8');

    const result = await cli(['stats', 'p.tagwright', '--json'], dir);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    const summaries = alice.listDocuments();
    expect(stats.perDocument).toEqual(
      summaries.map((d) => ({
        id: d.id,
        title: d.title,
        status: d.status,
        annotations: Object.values(d.labelCounts).reduce((n, c) => n + c, 0),
      })),
    );
    expect(stats).toMatchObject({ documents: 5, annotations: 3, relations: 0, perLabel: { claim: 2, actor: 1 } });
    expect(stats.perDocument[0]).toMatchObject({ annotations: 2, status: 'in-progress' });
    // Alice's lock is hers still: stats took none.
    expect(await readFile(lockPathOf(path), 'utf8')).toBe(lockBefore);
    await alice.closeProject();
  });
});

describe('tagwright validate', () => {
  it('refuses what opening refuses: a project file with bytes that are not UTF-8', async () => {
    const dir = await tempDir();
    await cli(['new', 's.tagwright', '--sample'], dir);
    const bytes = await readFile(join(dir, 's.tagwright'));
    // A byte no UTF-8 text holds, inside the first document's text: JSON still parses (as U+FFFD).
    const inText = bytes.indexOf('"text":"') + '"text":"'.length;
    bytes[inText] = 0xff;
    await writeFile(join(dir, 'bytes.tagwright'), bytes);

    const result = await cli(['validate', 'bytes.tagwright'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bytes\.tagwright: the file is not valid UTF-8 text/);
  });

  it('checks a project another Tagwright is editing, without touching its lock', async () => {
    const dir = await tempDir();
    await cli(['new', 's.tagwright', '--sample'], dir);
    const path = join(dir, 's.tagwright');
    const theirs = anotherComputersLock();
    await writeLockFile(path, theirs);
    const result = await cli(['validate', 's.tagwright', '--json'], dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ path, valid: true, documents: 5, annotations: 0 });
    expect(JSON.parse(await readFile(lockPathOf(path), 'utf8'))).toEqual(theirs);
  });
});
