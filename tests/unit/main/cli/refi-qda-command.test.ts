import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { createAnnotatedSample } from '../../../fixtures/formats/annotated-sample';
import { runCliInProcess } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

/** A project's documents' texts and its annotations as [document title, quote, label name, annotator, note], sorted. */
async function contents(dir: string, file: string) {
  const service = await ProjectService.create({ userDataDir: join(dir, 'reader'), seedsDir, debounceMs: 60_000 });
  await service.openProject(file, 'read-only');
  const labelName = new Map(service.session().project!.schema.labels.map((l) => [l.id, l.name]));
  const rows: string[][] = [];
  const texts: string[] = [];
  for (const summary of service.listDocuments()) {
    const { document, annotations } = service.getDocument(summary.id);
    texts.push(document.text);
    for (const a of annotations) rows.push([document.title, a.quote, labelName.get(a.label)!, a.annotator, a.note]);
  }
  await service.closeProject();
  return { texts: texts.sort(), rows: rows.map((r) => r.join(' | ')).sort() };
}

describe('tagwright export --format refi-qda, then import of the .qdpx', () => {
  it('brings back the same texts, annotations, labels, annotators and notes into a new project', async () => {
    const dir = await tempDir();
    const sample = await createAnnotatedSample(dir, seedsDir);
    const qdpx = join(dir, 'sample.qdpx');
    const exported = await runCliInProcess(['export', sample, '--format', 'refi-qda', '--out', qdpx], dir);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect((await readFile(qdpx)).subarray(0, 4)).toEqual(Buffer.from('PK\x03\x04', 'latin1'));

    expect((await runCliInProcess(['new', 'copy.tagwright'], dir)).code).toBe(0);
    const imported = await runCliInProcess(['import', 'copy.tagwright', 'sample.qdpx', '--add-labels'], dir);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const before = await contents(dir, sample);
    const after = await contents(dir, join(dir, 'copy.tagwright'));
    expect(after.texts).toEqual(before.texts);
    expect(after.rows).toEqual(before.rows);
    expect(after.rows.length).toBeGreaterThan(0);
  });

  it('refuses a damaged archive naming the file and what is wrong, and imports nothing', async () => {
    const dir = await tempDir();
    const sample = await createAnnotatedSample(dir, seedsDir);
    const qdpx = join(dir, 'sample.qdpx');
    expect((await runCliInProcess(['export', sample, '--format', 'refi-qda', '--out', qdpx], dir)).code).toBe(0);
    const bytes = await readFile(qdpx);
    await writeFile(join(dir, 'cut.qdpx'), bytes.subarray(0, bytes.length - 100));
    expect((await runCliInProcess(['new', 'copy.tagwright'], dir)).code).toBe(0);
    const before = await readFile(join(dir, 'copy.tagwright'), 'utf8');
    const imported = await runCliInProcess(['import', 'copy.tagwright', 'cut.qdpx', '--add-labels'], dir);
    expect(imported.code).not.toBe(0);
    expect(imported.stdout + imported.stderr).toMatch(/cut\.qdpx.*not a readable archive: it is not a zip archive/s);
    expect(await readFile(join(dir, 'copy.tagwright'), 'utf8')).toBe(before);
  });
});
