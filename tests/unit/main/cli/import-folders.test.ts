import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedProject } from '../../../support/project-file-text';
import { runCliInProcess as cli } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';

// A folder walk imports documents and the chosen format's annotation files, and lists the rest as
// skipped with the reason: a corpus folder's README, LICENSE and brat configuration used to come in
// as documents (and went out again in every export), and an image was attempted.
const tempDir = useTempDirs();

/** A brat corpus folder as distributed: two documents, brat's configuration, the corpus's notes and an image. */
async function bratCorpusFolder(dir: string): Promise<string> {
  const folder = join(dir, 'corpus');
  await mkdir(join(folder, 'train'), { recursive: true });
  const files: Record<string, string | Buffer> = {
    README: 'About this corpus.',
    'LICENSE.txt': 'CC BY 4.0',
    'config.yml': 'version: 2',
    'annotation.conf': '[entities]\nactor\n',
    'visual.conf': '[labels]\nactor | Actor\n',
    'tools.conf': '[options]\n',
    'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    'train/a.txt': 'Armenia gave maps.',
    'train/a.ann': 'T1\tactor 0 7\tArmenia\n',
    'train/notes.md': 'Annotation guidelines, read first.',
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
  return folder;
}

describe('tagwright import FOLDER: documents and corpus files only', () => {
  it('imports the brat document and the Markdown document; README, LICENSE, config.yml, the .conf files and the image are skipped and listed with why', async () => {
    const dir = await tempDir();
    const folder = await bratCorpusFolder(dir);
    const result = await cli(['import', 'p.tagwright', folder, '--add-labels', '--json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const saved = await readSavedProject(join(dir, 'p.tagwright'));
    expect(saved.documents.map((d) => d.text).sort()).toEqual([
      'Annotation guidelines, read first.',
      'Armenia gave maps.',
    ]);
    const report = JSON.parse(result.stdout);
    expect(report.problems).toEqual([]);
    expect(report.skipped.map((s: { fileName: string }) => s.fileName.slice(folder.length + 1))).toEqual([
      'LICENSE.txt',
      'README',
      'annotation.conf',
      'config.yml',
      'logo.png',
      'tools.conf',
      'visual.conf',
    ]);
    const reasonOf = (name: string) =>
      report.skipped.find((s: { fileName: string }) => s.fileName === join(folder, name)).reason;
    expect(reasonOf('README')).toMatch(/notes, not a document/);
    expect(reasonOf('annotation.conf')).toBe('brat configuration, not a document');
    expect(reasonOf('logo.png')).toMatch(
      /^not a document nor an annotated corpus \(Tagwright takes \.txt .* \.pdf .*\.ann/,
    );
  });

  it('says what it skipped in the text report, one line a file', async () => {
    const dir = await tempDir();
    const folder = await bratCorpusFolder(dir);
    const result = await cli(['import', 'p.tagwright', folder, '--add-labels'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`  - ${join(folder, 'logo.png')}: skipped, not a document nor an annotated corpus`);
    expect(result.stdout).toContain(
      `  - ${join(folder, 'annotation.conf')}: skipped, brat configuration, not a document`,
    );
  });

  it("with --format, a folder's files of other corpus formats are skipped, not read as that format", async () => {
    const dir = await tempDir();
    const folder = join(dir, 'mixed');
    await mkdir(folder);
    await writeFile(join(folder, 'a.jsonl'), JSON.stringify({ text: 'Armenia gave maps.', label: [[0, 7, 'actor']] }));
    await writeFile(join(folder, 'tasks.json'), '[]');
    const result = await cli(['import', 'p.tagwright', folder, '--format', 'doccano', '--add-labels', '--json'], dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.skipped).toEqual([
      {
        fileName: join(folder, 'tasks.json'),
        reason: expect.stringMatching(/^not a document nor a doccano file/),
      },
    ]);
    expect((await readSavedProject(join(dir, 'p.tagwright'))).annotations.map((a) => a.quote)).toEqual(['Armenia']);
  });

  it('a file named on the command line is still imported whatever its name', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'README'), 'About this corpus.');
    const result = await cli(['import', 'p.tagwright', 'README'], dir);
    expect(result.code).toBe(0);
    expect((await readSavedProject(join(dir, 'p.tagwright'))).documents.map((d) => d.text)).toEqual([
      'About this corpus.',
    ]);
  });
});
