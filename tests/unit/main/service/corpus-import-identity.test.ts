import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSavedProject } from '../../../support/project-file-text';
import { serviceWithNewProject } from '../../../support/service-with-project';
import { useTempDirs } from '../../../support/temp-dir';

// Issue 12, point 6: what a document is called survives the trip through Tagwright, and two
// annotators who marked the same span stay two annotations.
const tempDir = useTempDirs();

const PMID_TEXT = 'IL-2 gene expression requires NF-kappa B.';
const PMID_ANN = 'T1\tProtein 0 4\tIL-2\nT2\tProtein 30 40\tNF-kappa B\n';

describe('document identity survives a JSONL round trip and names the brat export', () => {
  it('brat PMID-10485906 → JSONL → a new project keeps the id and source name → brat writes PMID-10485906.ann again', async () => {
    const dir = await tempDir();
    const corpus = join(dir, 'ge');
    await mkdir(corpus);
    await writeFile(join(corpus, 'PMID-10485906.txt'), PMID_TEXT);
    await writeFile(join(corpus, 'PMID-10485906.ann'), PMID_ANN);

    const first = await serviceWithNewProject(dir, 'first');
    expect((await first.service.importCorpus([corpus], { addLabels: true })).applied).toBe(true);
    await first.service.exportCorpus({ format: 'jsonl', documents: 'all' }, join(dir, 'ge.jsonl'));
    await first.service.flush();
    const original = (await readSavedProject(first.path)).documents[0]!;
    await first.service.closeProject();

    const second = await serviceWithNewProject(dir, 'second');
    const report = await second.service.importCorpus([join(dir, 'ge.jsonl')]);
    expect(report.problems).toEqual([]);
    await second.service.flush();
    const copy = (await readSavedProject(second.path)).documents[0]!;
    expect(copy.id).toBe(original.id);
    expect(copy.source).toEqual(original.source);
    expect(copy.source.fileName).toBe('PMID-10485906.txt');

    const out = join(dir, 'brat-out');
    await second.service.exportCorpus({ format: 'brat', documents: 'all' }, out);
    expect((await readdir(out)).sort()).toEqual([
      'PMID-10485906.ann',
      'PMID-10485906.txt',
      'annotation.conf',
      'visual.conf',
    ]);
    expect(await readFile(join(out, 'PMID-10485906.ann'), 'utf8')).toBe(PMID_ANN);
    expect(await readFile(join(out, 'PMID-10485906.txt'), 'utf8')).toBe(PMID_TEXT);
    await second.service.closeProject();
  });

  it("a JSONL document id another document already has is replaced, and the text's twin gets the annotations", async () => {
    const dir = await tempDir();
    const { service, path } = await serviceWithNewProject(dir, 'p');
    const line = (id: string, text: string) =>
      JSON.stringify({ id, text, annotations: [{ start: 0, end: 4, label: 'actor' }] });
    await writeFile(
      join(dir, 'a.jsonl'),
      [line('doc-1', 'Baku answered.'), line('doc-1', 'Yerevan did not.')].join('\n'),
    );
    expect((await service.importCorpus([join(dir, 'a.jsonl')], { addLabels: true })).problems).toEqual([]);
    await service.flush();
    const saved = await readSavedProject(path);
    expect(saved.documents.map((d) => d.id)).toEqual(['doc-1', expect.not.stringMatching(/^doc-1$/)]);
    expect(saved.documents.map((d) => d.source.fileName)).toEqual(['a.jsonl', 'a.jsonl']);
  });
});

describe('identical spans from two annotators', () => {
  it('stay two annotations when the annotators differ; the same annotator again, or none named, is a duplicate', async () => {
    const dir = await tempDir();
    const { service, path } = await serviceWithNewProject(dir, 'p');
    const span = (annotator?: string) => ({ start: 0, end: 7, label: 'actor', ...(annotator ? { annotator } : {}) });
    const line = { text: 'Armenia gave maps.', annotations: [span('ana'), span('ben'), span('ana'), span()] };
    await writeFile(join(dir, 'a.jsonl'), JSON.stringify(line));
    const report = await service.importCorpus([join(dir, 'a.jsonl')], { addLabels: true });
    expect(report.files[0]).toMatchObject({ annotations: 2, duplicateAnnotations: 2 });
    await service.flush();
    const saved = await readSavedProject(path);
    expect(saved.annotations.map((a) => `${a.quote}:${a.annotator}`)).toEqual(['Armenia:ana', 'Armenia:ben']);
  });

  it('Label Studio: two annotators marking the same region give two annotations', async () => {
    const dir = await tempDir();
    const { service, path } = await serviceWithNewProject(dir, 'p');
    const region = { id: 'r1', type: 'labels', value: { start: 0, end: 7, text: 'Armenia', labels: ['actor'] } };
    const task = {
      data: { text: 'Armenia gave maps.' },
      annotations: [
        { completed_by: { email: 'ana@example.org' }, result: [region] },
        { completed_by: { email: 'ben@example.org' }, result: [region] },
      ],
    };
    await writeFile(join(dir, 'tasks.json'), JSON.stringify([task]));
    expect((await service.importCorpus([join(dir, 'tasks.json')], { addLabels: true })).problems).toEqual([]);
    await service.flush();
    expect((await readSavedProject(path)).annotations.map((a) => a.annotator)).toEqual([
      'ana@example.org',
      'ben@example.org',
    ]);
  });
});
