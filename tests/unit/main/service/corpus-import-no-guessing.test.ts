import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import type { CorpusImportOptions } from '../../../../main/service/corpus-import';
import { runCliInProcess as cli } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';

// Issue 12, point 7: an import never guesses, and a failed one changes nothing, the project's
// updatedAt and the file's bytes included.
const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** A saved project holding one document, and a way to import into it and read the file's bytes after. */
async function projectWithDocument(text: string) {
  const dir = await tempDir();
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 60_000 });
  const path = join(dir, 'p.tagwright');
  await service.createProject(path, 'No guessing');
  await writeFile(join(dir, 'doc.txt'), text);
  await service.importCorpus([join(dir, 'doc.txt')]);
  await service.flush();
  const before = await readFile(path, 'utf8');
  const importing = async (paths: string[], options: CorpusImportOptions = {}) => {
    const report = await service.importCorpus(paths, options);
    await service.flush();
    return { report, after: await readFile(path, 'utf8') };
  };
  return { dir, service, path, before, importing };
}

describe('no guessing', () => {
  it('a brat span with impossible offsets and a one-character quote is refused, not moved onto the one "5" in the text', async () => {
    const { dir, before, importing } = await projectWithDocument('It cost 5 dollars.');
    await writeFile(join(dir, 'a.txt'), 'It cost 5 dollars.');
    await writeFile(join(dir, 'a.ann'), 'T1\tfigure 90 91\t5\n');
    const { report, after } = await importing([join(dir, 'a.ann')], { addLabels: true });
    expect(report.applied).toBe(false);
    expect(report.problems).toEqual([
      {
        fileName: join(dir, 'a.ann'),
        line: 1,
        message:
          'T1: offsets 90–91 are out of range: the text has 18 characters; not re-anchored: the quote is shorter than 3 characters and no context confirms where it goes',
      },
    ]);
    expect(after).toBe(before);
  });
});

describe('a failed import leaves the project alone', () => {
  it('--partial with every line refused: nothing added, updatedAt and the bytes unchanged', async () => {
    const { dir, before, importing } = await projectWithDocument('Armenia gave maps.');
    const line = { text: 'Armenia gave maps.', annotations: [{ start: 0, end: 80, label: 'actor' }] };
    await writeFile(join(dir, 'a.jsonl'), JSON.stringify(line));
    const { report, after } = await importing([join(dir, 'a.jsonl')], { partial: true });
    expect(report.applied).toBe(true);
    expect(report.totals).toMatchObject({ documents: 0, annotations: 0, relations: 0 });
    expect(report.problems.map((p) => p.message)).toEqual([
      '#0: offsets 0–80 are out of range: the text has 18 characters',
    ]);
    expect(after).toBe(before);
    expect(JSON.parse(after).updatedAt).toBe(JSON.parse(before).updatedAt);
  });

  it('the command says what stopped it (not "could not be read") and exits 1', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'doc.txt'), 'Armenia gave maps.');
    expect((await cli(['import', 'p.tagwright', 'doc.txt'], dir)).code).toBe(0);
    const before = await readFile(join(dir, 'p.tagwright'), 'utf8');
    const line = { text: 'Armenia gave maps.', annotations: [{ start: 0, end: 80, label: 'actor' }] };
    await writeFile(join(dir, 'a.jsonl'), JSON.stringify(line));
    const result = await cli(['import', 'p.tagwright', 'a.jsonl', '--partial'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `tagwright import: Nothing was imported: 1 problem(s), first: ${join(dir, 'a.jsonl')}:1: #0: offsets 0–80 are out of range: the text has 18 characters\n`,
    );
    expect(await readFile(join(dir, 'p.tagwright'), 'utf8')).toBe(before);
  });
});

describe('all or nothing holds for a folder with a file that cannot be read', () => {
  /** A folder of two good documents and one bad file `bad` made by `makeBad`. */
  async function folderWith(makeBad: (folder: string) => Promise<string>) {
    const project = await projectWithDocument('Already here.');
    const folder = join(project.dir, 'corpus');
    await mkdir(folder);
    await writeFile(join(folder, 'a.txt'), 'Armenia gave maps.');
    await writeFile(join(folder, 'c.ann'), 'T1\tactor 0 4\tBaku\n');
    await writeFile(join(folder, 'c.txt'), 'Baku answered.');
    const bad = await makeBad(folder);
    return { ...project, folder, bad };
  }

  const binaryTxt = async (folder: string) => {
    await writeFile(join(folder, 'b.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x08, 0, 0xff, 0xfe]));
    return join(folder, 'b.txt');
  };

  it('a binary file named .txt: the whole import is refused naming it, and the project file is unchanged', async () => {
    const { folder, bad, before, importing } = await folderWith(binaryTxt);
    const { report, after } = await importing([folder], { addLabels: true });
    expect(report.applied).toBe(false);
    expect(report.documents.problems).toEqual([
      { fileName: bad, message: expect.stringMatching(/^b\.txt was not imported: it looks like a binary file/) },
    ]);
    expect(after).toBe(before);
  });

  it('with --partial the readable documents come in and the bad file is still reported', async () => {
    const { folder, bad, importing } = await folderWith(binaryTxt);
    const { report, after } = await importing([folder], { addLabels: true, partial: true });
    expect(report.applied).toBe(true);
    expect(report.documents.problems.map((p) => p.fileName)).toEqual([bad]);
    const saved = JSON.parse(after) as { documents: { text: string }[] };
    expect(saved.documents.map((d) => d.text).sort()).toEqual([
      'Already here.',
      'Armenia gave maps.',
      'Baku answered.',
    ]);
  });

  it('a folder where the brat text should be (d.txt a directory): refused naming it', async () => {
    const { folder, before, importing } = await folderWith(async (f) => {
      await mkdir(join(f, 'd.txt'));
      await writeFile(join(f, 'd.ann'), 'T1\tactor 0 4\tBaku\n');
      return join(f, 'd.txt');
    });
    const { report, after } = await importing([folder], { addLabels: true });
    expect(report.applied).toBe(false);
    expect(report.problems).toEqual([
      { fileName: join(folder, 'd.txt'), message: 'the brat text d.txt beside d.ann cannot be read (EISDIR)' },
    ]);
    expect(after).toBe(before);
  });

  // A file that stat calls a regular file but whose read fails (EIO), whoever runs the tests.
  it.runIf(process.platform === 'linux')(
    'a document whose read fails (a link to /proc/self/mem): refused naming it',
    async () => {
      const { folder, before, importing } = await folderWith(async (f) => {
        await symlink('/proc/self/mem', join(f, 'mem.txt'));
        return join(f, 'mem.txt');
      });
      const { report, after } = await importing([folder], { addLabels: true });
      expect(report.applied).toBe(false);
      expect(report.documents.problems).toEqual([
        { fileName: join(folder, 'mem.txt'), message: 'cannot be read (EIO)' },
      ]);
      expect(after).toBe(before);
    },
  );

  // chmod cannot stop root from reading: this case runs where the tests run as another user.
  it.skipIf(process.getuid?.() === 0)('a document without read permission (EACCES): refused naming it', async () => {
    const { folder, before, importing } = await folderWith(async (f) => {
      await writeFile(join(f, 'locked.txt'), 'Secret.');
      await chmod(join(f, 'locked.txt'), 0o000);
      return join(f, 'locked.txt');
    });
    const { report, after } = await importing([folder], { addLabels: true });
    expect(report.applied).toBe(false);
    expect(report.documents.problems.map((p) => [p.fileName, p.message])).toEqual([
      [join(folder, 'locked.txt'), expect.stringContaining('EACCES')],
    ]);
    expect(after).toBe(before);
  });
});
