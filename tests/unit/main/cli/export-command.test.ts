import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../../../shared/formats/format-facts';
import { runCliInProcess } from '../../../support/run-cli-in-process';
import { createAnnotatedSample } from '../../../fixtures/formats/annotated-sample';
import { useTempDirs } from '../../../support/temp-dir';
import type { Annotation } from '../../../../shared/model';
import { projectFileText, readSavedProject } from '../../../support/project-file-text';

const tempDir = useTempDirs();
const repoRoot = resolve(import.meta.dirname, '../../../..');
const fixtures = join(repoRoot, 'tests/fixtures/formats');

const cli = runCliInProcess;

describe('tagwright export', () => {
  it('exports every format; --documents done and --labels narrow it; --json reports the summary', async () => {
    const dir = await tempDir();
    const project = await createAnnotatedSample(dir, join(repoRoot, 'seeds'));
    for (const format of FORMAT_NAMES) {
      const result = await cli(['export', project, '--format', format, '--out', `out-${format}`, '--json'], dir);
      expect(result.code, result.stderr).toBe(0);
      const summary = JSON.parse(result.stdout);
      expect(summary).toMatchObject({ format, documents: 5, annotations: 11 });
      expect(summary.bytes).toBeGreaterThan(0);
      for (const file of summary.files) expect(existsSync(file)).toBe(true);
    }
    const done = await cli(
      [
        'export',
        project,
        '--format',
        'jsonl',
        '--out',
        'done.jsonl',
        '--documents',
        'done',
        '--labels',
        'figure',
        '--json',
      ],
      dir,
    );
    expect(JSON.parse(done.stdout)).toMatchObject({ documents: 1, annotations: 1 });
    const lines = (await readFile(join(dir, 'done.jsonl'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!).annotations.map((a: { quote: string }) => a.quote)).toEqual(['25 percent']);
  });

  it('says what the format could not carry, per kind and counted, in its text and in --json', async () => {
    const dir = await tempDir();
    const project = await createAnnotatedSample(dir, join(repoRoot, 'seeds'));
    const text = await cli(['export', project, '--format', 'conll', '--out', 'out.conll'], dir);
    expect(text.code, text.stderr).toBe(0);
    // The sample: 11 annotations by one annotator, 2 notes, 5 attribute values, 1 relation (by the annotator).
    expect(text.stdout.split('\n').slice(1)).toEqual([
      'Not carried by conll:',
      '  relations: 1',
      '  notes: 2',
      '  attribute values: 5',
      '  annotators: 12',
      '  creation and change times: 11',
      '',
    ]);
    const json = await cli(['export', project, '--format', 'csv', '--out', 'out.csv', '--json'], dir);
    expect(JSON.parse(json.stdout).losses).toEqual([
      { kind: 'relations', count: 1 },
      { kind: 'times', count: 11 },
    ]);
    const lossless = await cli(['export', project, '--format', 'jsonl', '--out', 'out.jsonl'], dir);
    expect(lossless.stdout.trim().split('\n')).toHaveLength(1);
  });

  it("--form relations writes doccano's relation form; a form the format lacks is one clear line", async () => {
    const dir = await tempDir();
    const project = await createAnnotatedSample(dir, join(repoRoot, 'seeds'));
    const result = await cli(
      ['export', project, '--format', 'doccano', '--form', 'relations', '--out', 'r.jsonl'],
      dir,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Exported 5 document\(s\), 11 annotation\(s\) as doccano \(relations\) to /);
    const records = (await readFile(join(dir, 'r.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.flatMap((r) => r.relations)).toHaveLength(1);
    expect(records.flatMap((r) => r.entities)).toHaveLength(11);
    const wrong = await cli(['export', project, '--format', 'doccano', '--form', 'tables', '--out', 'x.jsonl'], dir);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe('tagwright export: doccano has no form "tables": choose sequence or relations.');
    const help = await cli(['export', '--help'], dir);
    expect(help.stdout).toContain('--form relations: Relation extraction');
  });

  it('fails with one clear line: unknown format (exit 2), missing project, unknown label', async () => {
    const dir = await tempDir();
    const project = await createAnnotatedSample(dir, join(repoRoot, 'seeds'));
    const unknown = await cli(['export', project, '--format', 'xml', '--out', 'x'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^tagwright export: Unknown format "xml"; choose one of jsonl, doccano/);
    const missing = await cli(['export', 'nope.tagwright', '--format', 'csv', '--out', 'x.csv'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.tagwright does not exist/);
    const label = await cli(['export', project, '--format', 'csv', '--out', 'x.csv', '--labels', 'person'], dir);
    expect(label.code).toBe(1);
    expect(label.stderr.trim().split('\n')).toEqual([
      `tagwright export: The label "person" is not in this project's schema.`,
    ]);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });
});

describe('tagwright import of annotated corpora', () => {
  it('JSONL export → import into a new project gives back the same documents and annotations', async () => {
    const dir = await tempDir();
    const project = await createAnnotatedSample(dir, join(repoRoot, 'seeds'));
    await cli(['export', project, '--format', 'jsonl', '--out', 'corpus.jsonl'], dir);
    const result = await cli(['import', 'copy.tagwright', 'corpus.jsonl', '--json'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      applied: true,
      totals: { documents: 5, annotations: 11, relations: 1 },
    });
    const before = await readSavedProject(project);
    const after = await readSavedProject(join(dir, 'copy.tagwright'));
    const strip = (a: Annotation) => ({ ...a, documentId: undefined });
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
    expect(after.annotations.map(strip).sort(byId)).toEqual(before.annotations.map(strip).sort(byId));
    expect(after.documents.map((d) => [d.text, d.status])).toEqual(before.documents.map((d) => [d.text, d.status]));
    expect(after.relations).toEqual(before.relations.map((r) => ({ ...r, id: after.relations[0]!.id })));
  });

  it('imports a brat folder with --add-labels and --map-label, reporting per file', async () => {
    const dir = await tempDir();
    await cp(join(fixtures, 'brat'), join(dir, 'brat'), { recursive: true });
    const result = await cli(
      [
        'import',
        'p.tagwright',
        'brat',
        '--add-labels',
        '--map-label',
        'Actor=actor',
        '--map-label',
        'Claim=claim',
        '--json',
      ],
      dir,
    );
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.files).toEqual([
      expect.objectContaining({
        format: 'brat',
        documents: 1,
        annotations: 7,
        relations: 1,
        events: 1,
        equivalences: 1,
      }),
    ]);
    expect(report.addedEventTypes).toEqual(['Meeting']);
    expect(report.imported).toEqual([]); // the .txt belongs to its .ann; annotation.conf is skipped
    // "Event" and "Figure" match the project's labels by name; the others are added.
    const saved = JSON.parse(await readFile(join(dir, 'p.tagwright'), 'utf8'));
    expect(saved.schema.labels.map((l: { id: string }) => l.id)).toEqual([
      'claim',
      'figure',
      'actor',
      'event',
      'Location',
      'Meeting',
    ]);
    expect(saved.documents[0].source.lineEndings).toBe('crlf');
  });

  it('a failing import changes nothing: the project file keeps its bytes; --partial imports the rest', async () => {
    const dir = await tempDir();
    const project = await createAnnotatedSample(dir, join(repoRoot, 'seeds'));
    const bytes = await readFile(project);
    const failed = await cli(['import', project, join(fixtures, 'errors/malformed.jsonl')], dir);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('malformed.jsonl:2: malformed JSON line');
    expect(failed.stdout).toContain('malformed.jsonl:3: #0: offsets 0–99 are out of range: the text has 3 characters');
    expect(failed.stdout).toContain('malformed.jsonl:4: unknown label "PER"');
    expect(failed.stderr.trim().split('\n')).toHaveLength(1);
    expect(await readFile(project)).toEqual(bytes);
    const partial = await cli(
      ['import', project, join(fixtures, 'errors/malformed.jsonl'), '--partial', '--json'],
      dir,
    );
    expect(partial.code).toBe(0);
    expect(JSON.parse(partial.stdout).totals).toMatchObject({ documents: 3, annotations: 1 });
  });

  it('names a file that cannot be read, and a brat .ann without its .txt', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'lonely.ann'), 'T1\tactor 0 3\tabc\n');
    const result = await cli(['import', 'p.tagwright', 'missing.jsonl', 'lonely.ann', '--json'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.problems).toEqual([
      { fileName: join(dir, 'missing.jsonl'), message: 'cannot be read (ENOENT)' },
      {
        fileName: join(dir, 'lonely.txt'),
        message: 'the brat text lonely.txt beside lonely.ann cannot be read (ENOENT)',
      },
    ]);
  });

  it('does not leave behind a project it created for a failed import', async () => {
    const dir = await tempDir();
    const result = await cli(
      ['import', 'new.tagwright', join(fixtures, 'errors/truncated.json'), '--format', 'label-studio'],
      dir,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/truncated\.json: not valid JSON/);
    expect((await readdir(dir)).filter((f) => f.startsWith('new'))).toEqual([]);
  });

  it('imports W3C annotations onto the documents they target, and Label Studio tasks', async () => {
    const dir = await tempDir();
    const project = await createAnnotatedSample(dir, join(repoRoot, 'seeds'));
    await cli(['export', project, '--format', 'w3c', '--out', 'a.jsonld'], dir);
    // Import into a copy whose annotations are gone: the W3C file puts them back.
    const saved = await readSavedProject(project);
    const original = saved.annotations;
    saved.annotations = [];
    saved.relations = [];
    await writeFile(join(dir, 'bare.tagwright'), projectFileText(saved));
    const result = await cli(['import', 'bare.tagwright', 'a.jsonld', '--json'], dir);
    expect(result.code, result.stdout).toBe(0);
    const after = await readSavedProject(join(dir, 'bare.tagwright'));
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
    expect(after.annotations.sort(byId)).toEqual(original.sort(byId));
    const ls = await cli(['import', 'ls.tagwright', join(fixtures, 'label-studio/export.json'), '--json'], dir);
    expect(ls.code, ls.stdout).toBe(0);
    // The prediction is reported; the sentiment chosen for the whole text is the document's label.
    expect(JSON.parse(ls.stdout).warnings).toHaveLength(1);
    expect((await readSavedProject(join(dir, 'ls.tagwright'))).documents[0]!.metadata).toEqual({
      'category:sentiment': 'Negative',
    });
  });
});
