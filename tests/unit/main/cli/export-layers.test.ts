import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCallHandlers } from '../../../../main/ipc/call-handlers';
import { noDialogs } from '../../../../main/ipc/dialog-port';
import { dispatchCall } from '../../../../main/ipc/dispatch-call';
import { ProjectService } from '../../../../main/service/project-service';
import { runCliInProcess as cli } from '../../../support/run-cli-in-process';
import { createAnnotatedSample } from '../../../fixtures/formats/annotated-sample';
import { useTempDirs } from '../../../support/temp-dir';
import type { Annotation, Project } from '../../../../shared/model';
import { projectFileText, readSavedProject } from '../../../support/project-file-text';
import { readZip } from '../../../../shared/formats/corpus/zip-reader';
import { inflate } from '../../shared/formats/refi-qda/qdpx-files';

const tempDir = useTempDirs();
const repoRoot = resolve(import.meta.dirname, '../../../..');
/** Our spaCy export of sampleWithLayers, as spaCy itself was given it (make-spacy-fixture.py). */
const SPACY_LAYERS_EXPORT = 'tests/fixtures/formats/tool-made/spacy/tagwright-layers-export.jsonl';

/**
 * The annotated sample with three layers: "Azerbaijan" and "25 percent" by ben (with ben's relation
 * from "25 percent" to the example annotator's claim, which has no end in ben's layer), the date in
 * the gold layer, the rest by the example annotator.
 */
async function sampleWithLayers(dir: string): Promise<string> {
  const path = await createAnnotatedSample(dir, join(repoRoot, 'seeds'));
  const project = await readSavedProject(path);
  const texts = new Map(project.documents.map((d) => [d.id, d.text]));
  const byQuote = (quote: string) =>
    project.annotations.find((a: Annotation) => texts.get(a.documentId)!.slice(a.start, a.end) === quote)!;
  byQuote('Azerbaijan').annotator = 'ben';
  byQuote('25 percent').annotator = 'ben';
  byQuote('25 January 2024').annotator = 'gold';
  project.relations.push({
    id: 'ben-relation',
    type: 'attributed-to',
    from: byQuote('25 percent').id,
    to: byQuote('Aykhan Hajizada').id,
    annotator: 'ben',
  } as Project['relations'][number]);
  project.annotators.push({ id: 'ben', name: 'Ben Okafor' }, { id: 'gold', name: 'gold' });
  await writeFile(path, projectFileText(project));
  return path;
}

describe('tagwright export --layer', () => {
  it('--layer gold and --layer ID keep only that layer; --json names the layer', async () => {
    const dir = await tempDir();
    const project = await sampleWithLayers(dir);
    const gold = await cli(
      ['export', project, '--format', 'csv', '--out', 'gold.csv', '--layer', 'gold', '--json'],
      dir,
    );
    expect(gold.code, gold.stderr).toBe(0);
    expect(JSON.parse(gold.stdout)).toMatchObject({ layer: 'gold', annotations: 1, relations: 0 });
    expect(await readFile(join(dir, 'gold.csv'), 'utf8')).toBe(
      '\uFEFFdocument,label,start,end,text,attributes,note,annotator\r\n' +
        'Commentary on the statement of the Armenian side on the intention to hand over set of landmine maps to Azerbaijan,Figure,255,270,25 January 2024,"{""unit"":""date""}",,gold\r\n',
    );

    const ben = await cli(['export', project, '--format', 'jsonl', '--out', 'ben.jsonl', '--layer', 'ben'], dir);
    expect(ben.code, ben.stderr).toBe(0);
    expect(ben.stdout).toContain(', layer ben, to ');
    const lines = (await readFile(join(dir, 'ben.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => JSON.parse(l));
    const spans = lines.flatMap((d) => d.annotations.map((a: Annotation) => `${a.quote} by ${a.annotator}`));
    expect(spans).toEqual(['25 percent by ben', 'Azerbaijan by ben']);
    // ben's relation ends on the example annotator's span: it has no end in ben's layer.
    expect(lines.flatMap((d) => d.relations)).toEqual([]);
  });

  it('--layer all (the default) writes every annotator id: a CSV column, JSONL fields', async () => {
    const dir = await tempDir();
    const project = await sampleWithLayers(dir);
    const all = await cli(['export', project, '--format', 'csv', '--out', 'all.csv', '--json'], dir);
    expect(JSON.parse(all.stdout)).toMatchObject({ layer: 'all', annotations: 11, relations: 2 });
    const rows = (await readFile(join(dir, 'all.csv'), 'utf8')).split('\r\n');
    expect(
      rows
        .map((r) => r.slice(r.lastIndexOf(',') + 1))
        .slice(1, -1)
        .sort(),
    ).toEqual(['ben', 'ben', ...Array<string>(8).fill('example-annotator'), 'gold']);
    await cli(['export', project, '--format', 'jsonl', '--out', 'all.jsonl', '--layer', 'all'], dir);
    const lines = (await readFile(join(dir, 'all.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => JSON.parse(l));
    expect(
      lines.flatMap((d) => d.relations.map((r: { id: string; annotator: string }) => `${r.id} ${r.annotator}`)),
    ).toEqual(['ex-relation-1 example-annotator', 'ben-relation ben']);
  });

  it('refuses a layer of an annotator the project does not have, naming the ones it has', async () => {
    const dir = await tempDir();
    const project = await sampleWithLayers(dir);
    const result = await cli(['export', project, '--format', 'csv', '--out', 'x.csv', '--layer', 'cy'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'The project has no annotator "cy": choose all, gold or one of example-annotator, ben.',
    );
  });

  it('the dialog lists the gold layer and each annotator by name, and exports the one chosen', async () => {
    const dir = await tempDir();
    const service = await ProjectService.create({ userDataDir: join(dir, 'ud'), seedsDir: join(repoRoot, 'seeds') });
    await service.openProject(await sampleWithLayers(dir));
    const handlers = createCallHandlers(service, {
      ...noDialogs,
      chooseExportDestination: async () => join(dir, 'chosen.csv'),
    });
    expect(await dispatchCall(handlers, 'listExportLayers', {})).toEqual({
      ok: true,
      value: [
        { layer: { kind: 'gold' }, name: 'Gold', annotations: 1 },
        { layer: { kind: 'annotator', id: 'example-annotator' }, name: 'example-annotator', annotations: 8 },
        { layer: { kind: 'annotator', id: 'ben' }, name: 'Ben Okafor', annotations: 2 },
      ],
    });
    const result = await dispatchCall(handlers, 'exportCorpus', {
      format: 'csv',
      documents: 'all',
      layer: { kind: 'annotator', id: 'ben' },
    });
    expect(result).toMatchObject({ ok: true, value: { layer: 'ben', annotations: 2 } });
    const rows = (await readFile(join(dir, 'chosen.csv'), 'utf8')).split('\r\n');
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(/,Figure,33,43,25 percent,"{""value"":0.25,""unit"":""percent""}",,ben$/),
      'Azerbaijan urges international community to put pressure on Armenia to provide accurate mine map,Actor,0,10,Azerbaijan,,,ben',
      '',
    ]);
    await service.closeProject();
  });
});

/** What sampleWithLayers holds, seen as layersReadBack sees a project. */
const SAMPLE_LAYERS = {
  documents: 5,
  examples: 8,
  others: ['25 percent by ben', 'Azerbaijan by ben', '25 January 2024 by gold'],
};

/** A project's documents, the example annotator's annotations (counted), and the others' quotes with their annotators. */
function layersReadBack(project: Project) {
  const texts = new Map(project.documents.map((d) => [d.id, d.text]));
  const quoteBy = (a: Annotation) => `${texts.get(a.documentId)!.slice(a.start, a.end)} by ${a.annotator}`;
  return {
    documents: project.documents.length,
    examples: project.annotations.filter((a) => a.annotator === 'example-annotator').length,
    others: project.annotations.filter((a) => a.annotator !== 'example-annotator').map(quoteBy),
  };
}

/** Every file under `folder`, by its path inside it, with its text. */
async function folderFiles(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(folder.length + 1)] = await readFile(path, 'utf8');
  }
  return files;
}

describe('tagwright export --layer all keeps each annotator apart where the tool does', () => {
  it('brat: a folder per annotator, each the collection --layer ID writes; no annotator counted lost', async () => {
    const dir = await tempDir();
    const project = await sampleWithLayers(dir);
    const result = await cli(
      ['export', project, '--format', 'brat', '--out', 'corpus', '--layer', 'all', '--json'],
      dir,
    );
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    const out = join(dir, 'corpus');
    expect((await readdir(out)).sort()).toEqual(['ben', 'example-annotator', 'gold']);
    const ben = await folderFiles(join(out, 'ben'));
    expect(Object.keys(ben).filter((f) => f.endsWith('.ann') && ben[f] !== '')).toEqual([
      '000_fe50059c7be6abe4.ann',
      '001_ecb6522bda0f8317.ann',
    ]);
    // ben's relation ends on the example annotator's claim: in no annotator's folder, and counted.
    expect(ben['000_fe50059c7be6abe4.ann']).toBe(
      'T1\tfigure 33 43\t25 percent\nA1\tvalue T1 0.25\nA2\tunit T1 percent\n',
    );
    expect(ben['001_ecb6522bda0f8317.ann']).toBe('T1\tactor 0 10\tAzerbaijan\n');
    expect(Object.keys(ben)).toContain('annotation.conf');
    expect(Object.keys(ben)).toContain('visual.conf');
    // Each folder holds what exporting that annotator's layer alone writes, byte for byte.
    for (const annotator of ['example-annotator', 'ben', 'gold']) {
      const alone = await cli(
        ['export', project, '--format', 'brat', '--out', `only-${annotator}`, '--layer', annotator],
        dir,
      );
      expect(alone.code, alone.stderr).toBe(0);
      expect(await folderFiles(join(out, annotator))).toEqual(await folderFiles(join(dir, `only-${annotator}`)));
    }
    expect(summary.losses).toEqual([
      { kind: 'times', count: 11 },
      { kind: 'cross-layer-links', count: 1 },
    ]);
    expect(summary.annotators.map((a: { id: string; files: string[] }) => [a.id, a.files.length])).toEqual([
      ['example-annotator', 12],
      ['ben', 12],
      ['gold', 12],
    ]);
    expect(summary.annotators[1].files).toContain(join(out, 'ben', '001_ecb6522bda0f8317.ann'));

    // Read back: the folder names each .ann's annotator.
    const back = await cli(['import', 'back.tagwright', 'corpus', '--annotator-per-folder', '--add-labels'], dir);
    expect(back.code, back.stderr).toBe(0);
    const imported = await readSavedProject(join(dir, 'back.tagwright'));
    expect(layersReadBack(imported)).toEqual(SAMPLE_LAYERS);
    expect(imported.relations.map((r) => r.annotator)).toEqual(['example-annotator']);
  });

  it('CoNLL: a folder of <annotator>.conll, each what --layer ID writes; --out a file name is refused', async () => {
    const dir = await tempDir();
    const project = await sampleWithLayers(dir);
    const refused = await cli(['export', project, '--format', 'conll', '--out', 'all.conll'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `conll keeps the 3 annotators of the all layer apart (example-annotator, ben, gold): it writes a folder of one <annotator id>.conll per annotator, and ${join(dir, 'all.conll')} is a file: export to a folder, or export one layer (--layer gold or an annotator id).`,
    );
    expect(await readdir(dir)).not.toContain('all.conll');
    await writeFile(join(dir, 'taken'), 'keep me');
    const onFile = await cli(['export', project, '--format', 'conll', '--out', 'taken'], dir);
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toContain(`${join(dir, 'taken')} is a file`);
    expect(await readFile(join(dir, 'taken'), 'utf8')).toBe('keep me');

    const result = await cli(['export', project, '--format', 'conll', '--out', 'layers', '--json'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(join(dir, 'layers'))).sort()).toEqual(['ben.conll', 'example-annotator.conll', 'gold.conll']);
    for (const annotator of ['example-annotator', 'ben', 'gold']) {
      await cli(['export', project, '--format', 'conll', '--out', `${annotator}.conll`, '--layer', annotator], dir);
      expect(await readFile(join(dir, 'layers', `${annotator}.conll`), 'utf8')).toBe(
        await readFile(join(dir, `${annotator}.conll`), 'utf8'),
      );
    }
    const ben = await readFile(join(dir, 'layers', 'ben.conll'), 'utf8');
    expect(ben.match(/^\S+\t.*B-\w+.*$/gm)).toEqual(['25\tO\tB-figure\tO\tO', 'Azerbaijan\tO\tO\tB-actor\tO']);
    const summary = JSON.parse(result.stdout);
    expect(summary.losses.map((l: { kind: string }) => l.kind)).not.toContain('annotators');
    expect(summary.annotators).toEqual([
      { id: 'example-annotator', files: [join(dir, 'layers', 'example-annotator.conll')] },
      { id: 'ben', files: [join(dir, 'layers', 'ben.conll')] },
      { id: 'gold', files: [join(dir, 'layers', 'gold.conll')] },
    ]);
  });

  it('WebAnno TSV: a folder per annotator of a .tsv per document, each what --layer ID writes', async () => {
    const dir = await tempDir();
    const project = await sampleWithLayers(dir);
    const result = await cli(['export', project, '--format', 'webanno-tsv', '--out', 'tsv', '--json'], dir);
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(join(dir, 'tsv'))).sort()).toEqual(['ben', 'example-annotator', 'gold']);
    for (const annotator of ['example-annotator', 'ben', 'gold']) {
      await cli(
        ['export', project, '--format', 'webanno-tsv', '--out', `only-${annotator}`, '--layer', annotator],
        dir,
      );
      expect(await folderFiles(join(dir, 'tsv', annotator))).toEqual(await folderFiles(join(dir, `only-${annotator}`)));
    }
    const summary = JSON.parse(result.stdout);
    expect(summary.losses).toContainEqual({ kind: 'cross-layer-links', count: 1 });
    expect(summary.losses.map((l: { kind: string }) => l.kind)).not.toContain('annotators');
    expect(summary.annotators[1]).toMatchObject({
      id: 'ben',
      files: expect.arrayContaining([join(dir, 'tsv', 'ben', '001_ecb6522bda0f8317.tsv')]),
    });
  });

  it('spaCy: one .jsonl whose spans are a span group per annotator, as spaCy loaded it (the tool-made fixture)', async () => {
    const dir = await tempDir();
    const project = await sampleWithLayers(dir);
    const result = await cli(['export', project, '--format', 'spacy', '--out', 'layers.jsonl', '--json'], dir);
    expect(result.code, result.stderr).toBe(0);
    const written = await readFile(join(dir, 'layers.jsonl'), 'utf8');
    // The file spaCy 3.8.16 loaded into a DocBin (tests/fixtures/formats/tool-made/README.md).
    expect(written).toBe(await readFile(join(repoRoot, SPACY_LAYERS_EXPORT), 'utf8'));
    const records = written
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { spans: Record<string, { start: number; end: number; label: string }[]> });
    expect(records.map((r) => Object.keys(r.spans))).toEqual(Array(5).fill(['example-annotator', 'ben', 'gold']));
    expect(records.flatMap((r) => r.spans.ben)).toEqual([
      { start: 33, end: 43, label: 'figure' },
      { start: 0, end: 10, label: 'actor' },
    ]);
    expect(records.flatMap((r) => r.spans.gold)).toEqual([{ start: 255, end: 270, label: 'figure' }]);
    const summary = JSON.parse(result.stdout);
    expect(summary.losses.map((l: { kind: string }) => l.kind)).not.toContain('annotators');
    expect(summary.annotators).toEqual(
      ['example-annotator', 'ben', 'gold'].map((id) => ({ id, files: [join(dir, 'layers.jsonl')] })),
    );
  });

  it('doccano: a zip of <annotator>.jsonl, as doccano exports several members; each file what --layer ID writes; read back with annotators', async () => {
    const dir = await tempDir();
    const project = await sampleWithLayers(dir);
    const refused = await cli(['export', project, '--format', 'doccano', '--out', 'all.jsonl'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`and ${join(dir, 'all.jsonl')} is not a .zip file: export to one,`);
    const result = await cli(['export', project, '--format', 'doccano', '--out', 'layers.zip', '--json'], dir);
    expect(result.code, result.stderr).toBe(0);
    const archive = readZip(await readFile(join(dir, 'layers.zip')), inflate, 1 << 30);
    expect([...archive.keys()]).toEqual(['example-annotator.jsonl', 'ben.jsonl', 'gold.jsonl']);
    for (const annotator of ['example-annotator', 'ben', 'gold']) {
      await cli(['export', project, '--format', 'doccano', '--out', `${annotator}.jsonl`, '--layer', annotator], dir);
      expect(Buffer.from(archive.get(`${annotator}.jsonl`)!).toString('utf8')).toBe(
        await readFile(join(dir, `${annotator}.jsonl`), 'utf8'),
      );
    }
    const summary = JSON.parse(result.stdout);
    expect(summary.losses.map((l: { kind: string }) => l.kind)).not.toContain('annotators');
    expect(summary.annotators[1]).toEqual({ id: 'ben', files: [join(dir, 'layers.zip')] });

    const back = await cli(['import', join(dir, 'back.tagwright'), 'layers.zip', '--add-labels', '--json'], dir);
    expect(back.code, back.stderr).toBe(0);
    const imported = await readSavedProject(join(dir, 'back.tagwright'));
    expect(layersReadBack(imported)).toEqual(SAMPLE_LAYERS);
    const named = await cli(['import', 'named.tagwright', 'layers.zip', '--format', 'doccano', '--add-labels'], dir);
    expect(named.code, named.stderr).toBe(0);
    expect((await readSavedProject(join(dir, 'named.tagwright'))).annotations).toHaveLength(11);
  });

  it('says so before writing: the dialog asks for a folder (CoNLL) or a .zip (doccano), --help names each layout', async () => {
    const dir = await tempDir();
    const service = await ProjectService.create({ userDataDir: join(dir, 'ud'), seedsDir: join(repoRoot, 'seeds') });
    await service.openProject(await sampleWithLayers(dir));
    const asked: [string, string, string][] = [];
    const handlers = createCallHandlers(service, {
      ...noDialogs,
      chooseExportDestination: async (format, kind, suggested) => {
        asked.push([format, kind, suggested]);
        return join(dir, kind === 'folder' ? format : suggested);
      },
    });
    const conll = await dispatchCall(handlers, 'exportCorpus', { format: 'conll', documents: 'all' });
    expect(conll).toMatchObject({
      ok: true,
      value: { annotators: [{ id: 'example-annotator' }, { id: 'ben' }, { id: 'gold' }] },
    });
    expect((await readdir(join(dir, 'conll'))).sort()).toEqual(['ben.conll', 'example-annotator.conll', 'gold.conll']);
    await dispatchCall(handlers, 'exportCorpus', { format: 'doccano', documents: 'all' });
    // One annotator's layer is written as the format always writes it.
    await dispatchCall(handlers, 'exportCorpus', { format: 'conll', documents: 'all', layer: { kind: 'gold' } });
    expect(asked.map(([format, kind, suggested]) => `${format} ${kind} ${suggested.split('.').pop()}`)).toEqual([
      'conll folder Sample project: landmine maps',
      'doccano file zip',
      'conll file conll',
    ]);
    await service.closeProject();
    const help = await cli(['export', '--help'], dir);
    expect(help.stdout).toContain(
      'several annotators (--layer all): a folder per annotator (<annotator id>/), each a brat collection',
    );
    expect(help.stdout).toContain('several annotators (--layer all): a .zip of one <annotator id>.jsonl per annotator');
  });
});
