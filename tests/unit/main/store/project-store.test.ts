import { readFile, writeFile, stat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ProjectStore } from '../../../../main/store/project-store';
import { PROJECT_VERSION, type Project } from '../../../../shared/model';
import { smallProject } from '../../../support/project-fixtures';
import { projectFileJson, projectFileText } from '../../../support/project-file-text';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

/** Writes `content` as a project file and checks that opening it fails with `message` and leaves the bytes alone. */
async function expectRejected(content: string, message: RegExp): Promise<void> {
  const path = join(await tempDir(), 'bad.tagwright');
  await writeFile(path, content);
  const before = await readFile(path);
  const error = await ProjectStore.open(path).catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toContain(path);
  expect((error as Error).message).toMatch(message);
  expect(await readFile(path)).toEqual(before);
}

describe('ProjectStore', () => {
  it('creates a file that opens to the same project', async () => {
    const path = join(await tempDir(), 'p.tagwright');
    const project = smallProject();
    await ProjectStore.create(path, project);
    const reopened = await ProjectStore.open(path);
    expect(reopened.project).toEqual(project);
    expect(reopened.fileVersion).toBe(PROJECT_VERSION);
  });

  it('saves a change after the debounce, not before, and flush writes at once', async () => {
    const path = join(await tempDir(), 'p.tagwright');
    const store = await ProjectStore.create(path, smallProject(), { debounceMs: 10_000 });
    store.project.name = 'Renamed';
    store.markChanged();
    expect(store.saveState.state).toBe('saving');
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('Small');
    await store.flush();
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('Renamed');
    expect(store.saveState.state).toBe('saved');
  });

  it('coalesces many changes into few writes and reports saving then saved', async () => {
    const path = join(await tempDir(), 'p.tagwright');
    const states: string[] = [];
    const store = await ProjectStore.create(path, smallProject(), {
      debounceMs: 20,
      onSaveState: (s) => states.push(s.state),
    });
    for (let i = 0; i < 50; i++) {
      store.project.name = `Name ${i}`;
      store.markChanged();
    }
    await vi.waitFor(() => expect(states).toContain('saved'), { timeout: 15_000 });
    expect(JSON.parse(await readFile(path, 'utf8')).name).toBe('Name 49');
    expect(states).toEqual(['saving', 'saved']);
  });

  it('leaves no temporary file behind and the file is always whole', async () => {
    const dir = await tempDir();
    const path = join(dir, 'p.tagwright');
    const store = await ProjectStore.create(path, smallProject(), { debounceMs: 0 });
    for (let i = 0; i < 20; i++) {
      store.project.name = `N${i}`;
      store.markChanged();
      // Reading while saves are in flight sees the old or the new file, never a partial one.
      const text = await readFile(path, 'utf8');
      expect(() => JSON.parse(text)).not.toThrow();
    }
    await store.flush();
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('the first save removes temp files a killed save left (which can be as big as the project)', async () => {
    const dir = await tempDir();
    const path = join(dir, 'p.tagwright');
    await ProjectStore.create(path, smallProject());
    for (const leftover of ['.p.tagwright.tmp', '.p.tagwright.5f3a9c0e12b4d687.tmp']) {
      await writeFile(join(dir, leftover), '{"half a proj');
    }
    const store = await ProjectStore.open(path);
    expect((await readdir(dir)).length).toBe(3);
    store.project.name = 'After a crash';
    store.markChanged();
    await store.flush();
    expect(await readdir(dir)).toEqual(['p.tagwright']);
  });

  it('save as writes a second file and leaves the first as it was', async () => {
    const dir = await tempDir();
    const store = await ProjectStore.create(join(dir, 'a.tagwright'), smallProject());
    const copy = await store.saveAs(join(dir, 'b.tagwright'));
    copy.project.name = 'Copy';
    copy.markChanged();
    await copy.flush();
    expect(JSON.parse(await readFile(join(dir, 'a.tagwright'), 'utf8')).name).toBe('Small');
    expect(JSON.parse(await readFile(join(dir, 'b.tagwright'), 'utf8')).name).toBe('Copy');
  });

  describe('refuses bad files with a message naming the file, and never touches them', () => {
    it('malformed JSON', () => expectRejected('{"format": "tagwright-project", ', /not valid JSON/));
    it('a JSON file that is not a project', () => expectRejected('{"hello": "world"}', /not a Tagwright project/));
    it('a JSON array', () => expectRejected('[1,2,3]', /not a Tagwright project/));
    it('a newer format version', () =>
      expectRejected(JSON.stringify({ ...smallProject(), version: 99 }), /newer Tagwright \(format version 99\)/));
    it('an annotation outside its document', () => {
      const project = smallProject();
      project.annotations[0]!.end = 5000;
      return expectRejected(
        projectFileText(project),
        /annotations\[0\]\.end\[0\]: .*outside its document \(length 49\)/,
      );
    });
    it('a schema violation, with the path of the field', () => {
      const project = smallProject() as unknown as { documents: { sha256: unknown }[] };
      project.documents[0]!.sha256 = 42;
      return expectRejected(projectFileText(project as unknown as Project), /documents\[0\]\.sha256/);
    });
    it('an annotation with an unknown label', () => {
      const project = smallProject();
      project.annotations[1]!.label = 'nonsense';
      return expectRejected(projectFileText(project), /annotations\[0\]\.label\[1\]: .*unknown label "nonsense"/);
    });
    it('a value of the wrong type in an annotation column, with its block, column and row', () => {
      const file = projectFileJson(smallProject()) as { annotations: { start: unknown[] }[] };
      file.annotations[0]!.start[1] = 'twenty-eight';
      return expectRejected(JSON.stringify(file), /annotations\[0\]\.start\[1\]: .*expected number/);
    });
    it('annotation columns of different lengths', () => {
      const file = projectFileJson(smallProject()) as { annotations: { quote: unknown[] }[] };
      file.annotations[0]!.quote.pop();
      return expectRejected(JSON.stringify(file), /annotations\[0\]\.quote: has 1 entries where "id" has 2/);
    });
    it('a note kept for a row its block does not have', () => {
      const file = projectFileJson(smallProject()) as { annotations: { note: Record<string, string> }[] };
      file.annotations[0]!.note['7'] = 'lost';
      return expectRejected(
        JSON.stringify(file),
        /annotations\[0\]\.note\.7: "7" is not a row number of this block \(0–1\)/,
      );
    });
    it('an event whose trigger is gone, and a group of an unknown type', () => {
      const project = smallProject();
      const at = project.createdAt;
      project.events = [
        {
          id: 'e1',
          documentId: 'doc1',
          type: 'event',
          trigger: 'a9',
          arguments: [],
          attributes: {},
          note: '',
          annotator: '',
          createdAt: at,
          updatedAt: at,
        },
      ];
      project.equivalences = [{ id: 'g1', documentId: 'doc1', type: 'Coref', members: ['a1', 'a2'], annotator: '' }];
      return expectRejected(
        projectFileText(project),
        /events\[0\]\.trigger: event "e1" trigger points to missing annotation "a9"; equivalences\[0\]\.type: equivalence "g1" has unknown type "Coref"/,
      );
    });
    it('a modifier that is not one of the annotation’s attributes, in its column', () => {
      const file = projectFileJson(smallProject()) as { annotations: Record<string, unknown>[] };
      file.annotations[0]!.modifiers = { 1: ['Negation'] };
      return expectRejected(
        JSON.stringify(file),
        /annotations\[0\]\.modifiers\[1\]: modifier "Negation" is not one of the attributes/,
      );
    });
    it('binary bytes', async () => {
      const path = join(await tempDir(), 'bin.tagwright');
      const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255, 254]);
      await writeFile(path, bytes);
      await expect(ProjectStore.open(path)).rejects.toThrow(/bin\.tagwright.*not valid JSON/);
      expect(await readFile(path)).toEqual(bytes);
    });
    it('an empty file', async () => {
      const path = join(await tempDir(), 'empty.tagwright');
      await writeFile(path, '');
      await expect(ProjectStore.open(path)).rejects.toThrow(/empty\.tagwright: the file is empty/);
      expect((await stat(path)).size).toBe(0);
    });
    it('a missing file', async () => {
      const path = join(await tempDir(), 'missing.tagwright');
      await expect(ProjectStore.open(path)).rejects.toThrow(/missing\.tagwright: the file does not exist/);
    });
  });
});
