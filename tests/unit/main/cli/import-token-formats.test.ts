import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../../shared/model';
import { readSavedProject } from '../../../support/project-file-text';
import { runCliInProcess } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();
const fixtures = resolve(import.meta.dirname, '../../../fixtures/formats');

/** `label:text` of each saved annotation, in file order. */
function savedSpans(project: Project): string[] {
  const textOf = new Map(project.documents.map((d) => [d.id, d.text]));
  return project.annotations.map((a) => `${a.label}:${textOf.get(a.documentId)!.slice(a.start, a.end)}`);
}

/** Copies a fixture into a fresh folder and runs `tagwright import p.tagwright <file> ...args` there. */
async function importFixture(fixture: string, ...args: string[]) {
  const dir = await tempDir();
  const name = fixture.split('/').pop()!;
  await copyFile(join(fixtures, fixture), join(dir, name));
  const result = await runCliInProcess(['import', 'p.tagwright', name, '--add-labels', ...args], dir);
  return { dir, result };
}

describe('tagwright import of token-line and spaCy files: the saved project', () => {
  it('--format conll: CoNLL-2003 documents NLTK wrote', async () => {
    const { dir, result } = await importFixture('tool-made/conll/nltk-conll2003.conll', '--format', 'conll');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(conll): 2 new document(s), 8 annotation(s)');
    const saved = await readSavedProject(join(dir, 'p.tagwright'));
    expect(saved.documents.map((d) => d.text.split('\n')[0])).toEqual([
      'Zoë Hajizada said Armenia gave 北京 maps to the café owners .',
      'Baku officials said Zürich officials met in Zürich .',
    ]);
    expect(savedSpans(saved)).toContain('ORG:Zürich officials');
  });

  it('--format conllu --upos: documents titled by # newdoc, entities and UPOS annotations', async () => {
    const { dir, result } = await importFixture('tool-made/conllu/ner.conllu', '--format', 'conllu', '--upos');
    expect(result.code).toBe(0);
    const saved = await readSavedProject(join(dir, 'p.tagwright'));
    expect(saved.documents.map((d) => d.title)).toEqual(['news-1', 'news-2']);
    const spans = savedSpans(saved);
    expect(spans).toContain('PER:Zoë Hajizada');
    expect(spans).toContain('PROPN:Zürich');
  });

  it('--format spacy: Doc.to_json lines spaCy wrote, kb_id and cats kept', async () => {
    const { dir, result } = await importFixture('tool-made/spacy/docbin-docs.jsonl', '--format', 'spacy');
    expect(result.code).toBe(0);
    const saved = await readSavedProject(join(dir, 'p.tagwright'));
    expect(saved.documents).toHaveLength(3);
    expect(saved.documents[0]!.metadata).toEqual({ 'cats.POLITICS': 1, 'cats.SPORT': 0 });
    expect(saved.annotations.find((a) => a.label === 'PLACE')!.attributes).toEqual({ kb_id: 'Q72' });
  });

  it('--format webanno-tsv: spans, relations and chains of a TSV 3 file', async () => {
    const { dir, result } = await importFixture('webanno-tsv/inception-style.tsv', '--format', 'webanno-tsv');
    expect(result.code).toBe(0);
    const saved = await readSavedProject(join(dir, 'p.tagwright'));
    expect(saved.documents[0]!.text.startsWith('Zoë Hajizada said C:\\temp\\new holds 北京 maps.')).toBe(true);
    expect(savedSpans(saved)).toContain('FAMILY:👩‍👩‍👧');
    expect(saved.relations.map((r) => r.type).sort()).toEqual(['attributed-to', 'coref', 'coref', 'place', 'speaker']);
  });

  it('detects each by its content without --format, in a folder', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'corpus'));
    for (const fixture of [
      'tool-made/conll/spacy-biluo.iob',
      'tool-made/conllu/coref.conllu',
      'webanno-tsv/inception-style.tsv',
    ])
      await copyFile(join(fixtures, fixture), join(dir, 'corpus', fixture.split('/').pop()!));
    const result = await runCliInProcess(['import', 'p.tagwright', 'corpus', '--add-labels', '--json'], dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { files: { format: string }[] };
    expect(report.files.map((f) => f.format)).toEqual(['conllu', 'webanno-tsv', 'conll']);
  });

  it('refuses, naming the file, a .conllu holding CoNLL and a .tsv that is not WebAnno TSV 3; nothing is imported as text', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'tags.conllu'), 'Zoë\tB-PER\nmet\tO\n');
    await writeFile(join(dir, 'table.tsv'), 'name\tage\nAna\t31\n');
    await writeFile(join(dir, 'ud.conll'), '1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n');
    const result = await runCliInProcess(['import', 'p.tagwright', 'tags.conllu', 'table.tsv', 'ud.conll'], dir);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('tags.conllu: looks like CoNLL; import it with --format conll');
    expect(result.stdout).toContain(
      'table.tsv: a .tsv that is not WebAnno TSV 3: its first line is not "#FORMAT=WebAnno TSV 3.x"',
    );
    expect(result.stdout).toContain('ud.conll: looks like CoNLL-U; import it with --format conllu');
    expect(result.stdout).toContain('Nothing was imported');
  });
});
