import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import type { CorpusImportOptions } from '../../../../main/service/corpus-import';
import { parseProjectFile } from '../../../../main/store/parse-project-file';
import { useTempDirs } from '../../../support/temp-dir';

// A corpus import refuses, with file and line, what the project reader would refuse at the next
// open (the limits of shared/model/field-limits.ts), instead of saving a project that no longer opens.

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** Imports `files` (name → content) into a new project; returns the report, the saved file's bytes before and after, and a reread. */
async function importInto(files: Record<string, string>, options: CorpusImportOptions = {}) {
  const dir = await tempDir();
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 60_000 });
  const path = join(dir, 'p.tagwright');
  await service.createProject(path, 'Limits');
  await service.flush();
  const before = await readFile(path, 'utf8');
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  const report = await service.importCorpus(
    Object.keys(files)
      .filter((name) => !name.endsWith('.txt'))
      .map((name) => join(dir, name)),
    options,
  );
  await service.flush();
  const after = await readFile(path, 'utf8');
  await service.closeProject();
  return { report, before, after, reopen: () => parseProjectFile(after, path).project, dir };
}

const long = (n: number) => 'x'.repeat(n);

describe('corpus import refuses what the project reader would refuse', () => {
  it('a brat attribute name of 150 characters: reported at its line, and nothing imported', async () => {
    const { report, before, after, dir } = await importInto(
      {
        'a.ann': `T1\tactor 0 7\tArmenia\nA1\t${long(150)} T1\n`,
        'a.txt': 'Armenia gave maps.',
      },
      { addLabels: true },
    );
    expect(report.applied).toBe(false);
    expect(report.problems).toEqual([
      {
        fileName: join(dir, 'a.ann'),
        line: 2,
        message: `attribute name "${long(37)}…" is longer than 100 characters`,
      },
    ]);
    expect(after).toBe(before);
  });

  it('with --partial, the same file imports the span without that attribute, and the project opens', async () => {
    const { report, reopen } = await importInto(
      {
        'a.ann': `T1\tactor 0 7\tArmenia\nA1\t${long(150)} T1\nA2\t${long(100)} T1 yes\n`,
        'a.txt': 'Armenia gave maps.',
      },
      { addLabels: true, partial: true },
    );
    expect(report.applied).toBe(true);
    expect(report.problems.map((p) => p.line)).toEqual([2]);
    expect(reopen().annotations.map((a) => a.attributes)).toEqual([{ [long(100)]: 'yes' }]);
  });

  it('JSONL: attribute names, notes, annotators and titles past their limits are refused with their line', async () => {
    const line = (fields: object) => JSON.stringify({ text: 'Armenia gave maps.', ...fields });
    const span = { start: 0, end: 7, label: 'actor' };
    const { report, before, after } = await importInto({
      'a.jsonl': [
        line({ annotations: [{ ...span, attributes: { [long(101)]: 1 } }] }),
        line({ text: 'Baku answered.', annotations: [{ ...span, note: long(20001) }] }),
        line({ text: 'Nobody knew.', annotations: [{ ...span, annotator: long(201) }] }),
        line({ text: 'The maps were old.', title: long(1001) }),
        line({ text: 'Fine text.', metadata: { [long(101)]: 'x' } }),
      ].join('\n'),
    });
    expect(report.applied).toBe(false);
    expect(report.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      `1: annotation 1: attributes are not valid (attribute name "${long(37)}…" is longer than 100 characters)`,
      `5: the metadata is not valid (attribute name "${long(37)}…" is longer than 100 characters)`,
      '2: #0: the note must be text of at most 20,000 characters',
      '3: #0: the annotator name must be text of at most 200 characters',
      "4: the document's title: longer than 1000 characters",
    ]);
    expect(after).toBe(before);
  });

  it('doccano: a metadata key past the limit is refused with its line', async () => {
    const { report } = await importInto({
      'a.jsonl': JSON.stringify({ text: 'Armenia gave maps.', label: [[0, 7, 'actor']], [long(150)]: 'x' }),
    });
    expect(report.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      `1: the document's metadata: attribute name "${long(37)}…" is longer than 100 characters`,
    ]);
  });

  it('a label name past the limit is refused (it would be cut, and each import would add it again)', async () => {
    const { report } = await importInto(
      {
        'a.jsonl': JSON.stringify({
          text: 'Armenia gave maps.',
          annotations: [{ start: 0, end: 7, label: long(101) }],
        }),
      },
      { addLabels: true },
    );
    expect(report.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      `1: label "${long(37)}…" is longer than 100 characters: map it to a shorter name with --map-label`,
    ]);
  });
});
