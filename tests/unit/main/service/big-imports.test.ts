import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAnnotationSchema } from '../../../../shared/model';
import { readSavedProject } from '../../../support/project-file-text';
import { serviceWithNewProject } from '../../../support/service-with-project';
import { useTempDirs } from '../../../support/temp-dir';

// Issue 12, point 8: an import of 150,000 files or lines in one call. push(...list) passed each
// item as an argument and overflowed the stack ("Maximum call stack size exceeded") past about
// 120,000 of them; the inputs here are built in memory and cost a few seconds at most.
const tempDir = useTempDirs();

// Size, not speed, is under test (speed is the import bench's): 14 s alone, more than 30 s on a
// machine loaded by other work, which is where CI may run.
const BIG_IMPORT_TIMEOUT = 180_000;

describe('150,000 files in one import call', () => {
  it(
    '150,000 dropped files that are not HTML: the report lists every one, nothing is added',
    async () => {
      const dir = await tempDir();
      const { service } = await serviceWithNewProject(dir, 'big');
      const notHtml = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
      const files = Array.from({ length: 150_000 }, (_, i) => ({ name: `page-${i}.html`, bytes: notHtml }));
      const outcome = await service.importFileContents(files);
      expect(outcome.change).toBeNull();
      expect(outcome.report.imported).toEqual([]);
      expect(outcome.report.problems).toHaveLength(150_000);
      expect(outcome.report.problems[149_999]).toEqual({
        fileName: 'page-149999.html',
        message: expect.stringMatching(/^was not imported: it looks like a binary file/),
      });
      expect(service.listDocuments()).toEqual([]);
    },
    BIG_IMPORT_TIMEOUT,
  );
});

describe('a JSON Lines file read a line at a time', () => {
  it(
    '150,000 documents with an annotation each, in one file: the saved project holds every one',
    async () => {
      const dir = await tempDir();
      const { service, path } = await serviceWithNewProject(dir, 'big');
      const line = (i: number) =>
        `{"text":"Armenia gave maps (document ${i}).","annotations":[{"start":0,"end":7,"label":"actor","annotator":"ana"}]}`;
      await writeFile(join(dir, 'big.jsonl'), Array.from({ length: 150_000 }, (_, i) => line(i + 1)).join('\n'));
      const report = await service.importCorpus([join(dir, 'big.jsonl')]);
      expect(report.problems).toEqual([]);
      expect(report.totals).toMatchObject({ documents: 150_000, annotations: 150_000 });
      await service.flush();
      const saved = await readSavedProject(path);
      expect(saved.documents).toHaveLength(150_000);
      expect(saved.annotations).toHaveLength(150_000);
      const last = saved.documents[149_999]!;
      expect(last.text).toBe('Armenia gave maps (document 150000).');
      expect(saved.annotations.filter((a) => a.documentId === last.id).map((a) => a.quote)).toEqual(['Armenia']);
    },
    BIG_IMPORT_TIMEOUT,
  );

  it("a header's labels serve the lines after it, and a bad line's number stays right past the first megabyte", async () => {
    const dir = await tempDir();
    const { service } = await serviceWithNewProject(dir, 'p');
    const schema = {
      ...defaultAnnotationSchema(),
      labels: [{ ...defaultAnnotationSchema().labels[0]!, id: 'place', name: 'Place' }],
    };
    const header = JSON.stringify({ format: 'tagwright-corpus', version: 1, offsets: 'code-points', schema });
    const line = (i: number) =>
      `{"text":"Line ${i} names Baku.","annotations":[{"start":${String(i).length + 12},"end":${String(i).length + 16},"label":"place"}]}`;
    const lines = [header, ...Array.from({ length: 20_000 }, (_, i) => (i === 14_999 ? '{"text": ' : line(i + 2)))];
    await writeFile(join(dir, 'a.jsonl'), lines.join('\n'));
    const report = await service.importCorpus([join(dir, 'a.jsonl')], { partial: true });
    expect(report.problems.map((p) => [p.line, p.message.slice(0, 19)])).toEqual([[15_001, 'malformed JSON line']]);
    expect(report.totals).toMatchObject({ documents: 19_999, annotations: 19_999 });
    expect(report.addedLabels).toEqual(['place']);
  });

  it('a UTF-16 JSONL file (byte-order mark) is still read, whole', async () => {
    const dir = await tempDir();
    const { service } = await serviceWithNewProject(dir, 'p');
    const line = JSON.stringify({ text: 'Zoë gave maps.', label: [[0, 3, 'actor']] });
    await writeFile(join(dir, 'a.jsonl'), Buffer.from(`\uFEFF${line}\n`, 'utf16le'));
    const report = await service.importCorpus([join(dir, 'a.jsonl')]);
    expect(report.problems).toEqual([]);
    expect(report.files.map((f) => [f.format, f.annotations])).toEqual([['doccano', 1]]);
  });
});
