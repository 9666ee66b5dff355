import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../../main/service/project-service';
import { FORMAT_NAMES } from '../../../../shared/formats/format-facts';
import type { ImportFormat } from '../../../../shared/formats/format-registry';
import type { Annotation } from '../../../../shared/model';
import { readSavedProject } from '../../../support/project-file-text';
import { runCliInProcess } from '../../../support/run-cli-in-process';
import { useTempDirs } from '../../../support/temp-dir';

// Labels, attributes and relation types named like Object.prototype's members are names like any
// other: every importer reads them, the label resolver and --map-label map them, and they survive
// a save, a reopen and every export.

const tempDir = useTempDirs();
const seedsDir = resolve(import.meta.dirname, '../../../../seeds');

const ODD_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
const TEXT = 'Armenia gave maps to Baku.';
// "Armenia" is 0–7 and "Baku" 21–25, in code points as in UTF-16 units.

/** An object with `name` as its own key, even "__proto__" (a computed key never sets the prototype). */
const keyed = <T>(name: string, value: T): Record<string, T> => ({ [name]: value });

/** Each importer's file: two spans labelled `name`, an attribute `name` on the first, a relation of type `name`. */
function corpusFile(format: Exclude<ImportFormat, 'w3c'>, name: string): Record<string, string> {
  switch (format) {
    case 'jsonl':
      return {
        'in.jsonl': JSON.stringify({
          text: TEXT,
          metadata: keyed(name, 1),
          annotations: [
            { id: 'a1', start: 0, end: 7, label: name, attributes: keyed(name, 'v') },
            { id: 'a2', start: 21, end: 25, label: name },
          ],
          relations: [{ type: name, from: 'a1', to: 'a2' }],
        }),
      };
    case 'doccano':
      return {
        'in.jsonl': JSON.stringify({
          text: TEXT,
          ...keyed(name, 'meta'),
          entities: [
            { id: 1, start_offset: 0, end_offset: 7, label: name },
            { id: 2, start_offset: 21, end_offset: 25, label: name },
          ],
          relations: [{ from_id: 1, to_id: 2, type: name }],
        }),
      };
    case 'brat':
      return {
        'in.ann': `T1\t${name} 0 7\tArmenia\nT2\t${name} 21 25\tBaku\nA1\t${name} T1 v\nR1\t${name} Arg1:T1 Arg2:T2\n`,
        'in.txt': TEXT,
      };
    case 'spacy':
      return {
        'in.jsonl': JSON.stringify({
          text: TEXT,
          spans: [
            { start: 0, end: 7, label: name },
            { start: 21, end: 25, label: name },
          ],
        }),
      };
    case 'conll':
      return { 'in.conll': `Armenia\tB-${name}\ngave\tO\nmaps\tO\nto\tO\nBaku\tB-${name}\n.\tO\n` };
    case 'conllu': {
      const words = ['Armenia', 'gave', 'maps', 'to', 'Baku', '.'].map((form, i) =>
        [i + 1, form, '_', '_', '_', '_', '_', '_', '_', i === 0 || i === 4 ? `NER=B-${name}` : '_'].join('\t'),
      );
      return { 'in.conllu': `# text = ${TEXT}\n${words.join('\n')}\n\n` };
    }
    case 'webanno-tsv': {
      const value = name.replace(/_/g, '\\_');
      return {
        'in.tsv': [
          '#FORMAT=WebAnno TSV 3.3',
          `#T_SP=webanno.custom.X|label|${name}`,
          '#T_RL=webanno.custom.R|label|BT_webanno.custom.X',
          '',
          '',
          `#Text=${TEXT}`,
          `1-1\t0-7\tArmenia\t${value}\tv\t_\t_\t`,
          '1-2\t8-12\tgave\t_\t_\t_\t_\t',
          '1-3\t13-17\tmaps\t_\t_\t_\t_\t',
          '1-4\t18-20\tto\t_\t_\t_\t_\t',
          `1-5\t21-25\tBaku\t${value}\t*\t${value}\t1-1\t`,
          '1-6\t25-26\t.\t_\t_\t_\t_\t',
          '',
        ].join('\n'),
      };
    }
    case 'label-studio':
      return {
        'in.json': JSON.stringify([
          {
            id: 1,
            data: { text: TEXT },
            annotations: [
              {
                result: [
                  {
                    id: 'r1',
                    type: 'labels',
                    value: { start: 0, end: 7, text: 'Armenia', labels: [name] },
                    meta: { attributes: keyed(name, 'v') },
                  },
                  { id: 'r2', type: 'labels', value: { start: 21, end: 25, text: 'Baku', labels: [name] } },
                  { id: 'r2', type: 'choices', from_name: name, value: { choices: ['yes'] } },
                  { type: 'relation', from_id: 'r1', to_id: 'r2', labels: [name] },
                ],
              },
            ],
          },
        ]),
      };
    case 'refi-qda': {
      const guid = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
      const selection = (n: number, start: number, end: number) =>
        `<PlainTextSelection guid="${guid(n)}" startPosition="${start}" endPosition="${end}"><Coding guid="${guid(n + 4)}"><CodeRef targetGUID="${guid(1)}"/></Coding></PlainTextSelection>`;
      return {
        'in.qde': [
          `<Project xmlns="urn:QDA-XML:project:1.0" name="odd">`,
          `<CodeBook><Codes><Code guid="${guid(1)}" name="${name}" isCodable="true" color="#112233"/></Codes></CodeBook>`,
          `<Sources><TextSource guid="${guid(2)}" name="t"><PlainTextContent>${TEXT}</PlainTextContent>`,
          `${selection(3, 0, 7)}${selection(4, 21, 25)}</TextSource></Sources>`,
          `<Links><Link guid="${guid(9)}" name="${name}" originGUID="${guid(3)}" targetGUID="${guid(4)}"/></Links>`,
          `</Project>`,
        ].join('\n'),
      };
    }
  }
}

/** W3C annotations of a document already in the project. */
function w3cFile(name: string, documentId: string): Record<string, string> {
  const target = (start: number, end: number) => ({
    source: documentId,
    selector: { type: 'TextPositionSelector', start, end },
  });
  return {
    'in.jsonld': JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          type: 'Annotation',
          id: 'urn:x:1',
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: name },
            { type: 'TextualBody', purpose: 'describing', value: JSON.stringify(keyed(name, 'v')) },
          ],
          target: target(0, 7),
        },
        {
          type: 'Annotation',
          id: 'urn:x:2',
          body: [{ type: 'TextualBody', purpose: 'tagging', value: name }],
          target: target(21, 25),
        },
        {
          type: 'Annotation',
          motivation: 'linking',
          body: [
            { type: 'TextualBody', purpose: 'tagging', value: name },
            { purpose: 'linking', source: 'urn:x:2' },
          ],
          target: 'urn:x:1',
        },
      ],
    }),
  };
}

/** `tagwright import p.tagwright FILES --add-labels` in `dir`, as a user runs it; fails the test on any problem. */
async function cliImport(dir: string, files: Record<string, string>): Promise<void> {
  for (const [file, content] of Object.entries(files)) await writeFile(join(dir, file), content);
  const inputs = Object.keys(files).filter((file) => !file.endsWith('.txt'));
  const result = await runCliInProcess(['import', 'p.tagwright', ...inputs, '--add-labels'], dir);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

/** The project in `dir`, opened through the project reader (read-only: the in-process CLI run still holds its lock). */
async function openProject(dir: string): Promise<ProjectService> {
  const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 60_000 });
  await service.openProject(join(dir, 'p.tagwright'), 'read-only');
  return service;
}

/** The one document's annotations, "Armenia" first. */
function annotationsOf(service: ProjectService): Annotation[] {
  const [summary] = service.listDocuments();
  return [...service.getDocument(summary!.id).annotations].sort((x, y) => x.start - y.start);
}

const formats = [
  'jsonl',
  'doccano',
  'brat',
  'label-studio',
  'w3c',
  'spacy',
  'conll',
  'conllu',
  'webanno-tsv',
  'refi-qda',
] as const;
/** Formats whose files carry no span attributes, no relations. */
const withoutAttributes: readonly string[] = ['doccano', 'spacy', 'conll', 'conllu', 'refi-qda'];
const withoutRelations: readonly string[] = ['spacy', 'conll', 'conllu'];

describe.each(ODD_NAMES)('the name %s', (name) => {
  it.each(formats)('imports through %s as a label, an attribute and a relation type', async (format) => {
    const dir = await tempDir();
    if (format === 'w3c') {
      // W3C annotations name a document already in the project: import its text first.
      const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 60_000 });
      await service.createProject(join(dir, 'p.tagwright'), 'Odd names');
      await writeFile(join(dir, 'text.txt'), TEXT);
      await service.importCorpus([join(dir, 'text.txt')]);
      const [document] = service.listDocuments();
      await service.closeProject();
      await cliImport(dir, w3cFile(name, document!.id));
    } else await cliImport(dir, corpusFile(format, name));
    const service = await openProject(dir);
    const { schema } = service.session().project!;
    expect(schema.labels.at(-1)).toMatchObject({ id: name, name });
    if (!withoutRelations.includes(format)) expect(schema.relationTypes.at(-1)).toMatchObject({ id: name, name });
    const [armenia, baku] = annotationsOf(service);
    expect([armenia!.label, baku!.label]).toEqual([name, name]);
    if (!withoutAttributes.includes(format)) expect(Object.entries(armenia!.attributes)).toEqual([[name, 'v']]);
    if (format === 'label-studio') expect(Object.entries(baku!.attributes)).toEqual([[name, 'yes']]);
    const [document] = service.listDocuments();
    if (format === 'jsonl')
      expect(Object.entries(service.getDocument(document!.id).document.metadata)).toEqual([[name, 1]]);
    if (format === 'doccano')
      expect(Object.entries(service.getDocument(document!.id).document.metadata)).toEqual([[name, 'meta']]);
    expect(service.getDocument(document!.id).relations.map((r) => [r.type, r.from, r.to])).toEqual(
      withoutRelations.includes(format) ? [] : [[name, armenia!.id, baku!.id]],
    );
    await service.closeProject();
  });

  it('survives a save, a reopen and every export', async () => {
    const dir = await tempDir();
    await cliImport(dir, corpusFile('jsonl', name));
    const saved = await readSavedProject(join(dir, 'p.tagwright'));
    expect(Object.entries(saved.annotations.find((a) => a.start === 0)!.attributes)).toEqual([[name, 'v']]);
    const service = await openProject(dir);
    const imported = annotationsOf(service);
    expect(imported.map((a) => a.label)).toEqual([name, name]);

    for (const format of FORMAT_NAMES) {
      const out = join(dir, `export-${format}`);
      await service.exportCorpus({ format, documents: 'all' }, out);
      const files = format === 'brat' || format === 'webanno-tsv' ? await readdir(out) : [''];
      const bytes = (await Promise.all(files.map((f) => readFile(join(out, f), 'utf8')))).join('\n');
      // WebAnno TSV escapes "_" in a feature value.
      expect(bytes, format).toContain(format === 'webanno-tsv' ? name.replace(/_/g, '\\_') : name);
    }
    await service.closeProject();

    // The JSONL export imports into a new project as the same labels, attributes and relation.
    const again = await tempDir();
    await cliImport(again, { 'in.jsonl': await readFile(join(dir, 'export-jsonl'), 'utf8') });
    const other = await openProject(again);
    const reimported = annotationsOf(other);
    expect(reimported.map((a) => [a.label, a.attributes])).toEqual(imported.map((a) => [a.label, a.attributes]));
    expect(other.session().project!.schema.relationTypes.map((r) => r.id)).toContain(name);
    await other.closeProject();
  });

  it('is mapped by the label resolver and by --map-label, and left alone when another label is mapped', async () => {
    const file = {
      'in.jsonl': JSON.stringify({
        text: TEXT,
        annotations: [
          { start: 0, end: 7, label: name },
          { start: 21, end: 25, label: 'PER' },
        ],
      }),
    };
    const dir = await tempDir();
    const service = await ProjectService.create({ userDataDir: join(dir, 'data'), seedsDir, debounceMs: 60_000 });
    await service.createProject(join(dir, 'p.tagwright'), 'Odd names');
    await writeFile(join(dir, 'in.jsonl'), file['in.jsonl']);
    const report = await service.importCorpus([join(dir, 'in.jsonl')], {
      mapLabels: Object.fromEntries([
        [name, 'actor'],
        ['PER', 'claim'],
      ]),
    });
    expect(report.problems).toEqual([]);
    expect(annotationsOf(service).map((a) => a.label)).toEqual(['actor', 'claim']);
    await service.closeProject();

    /** The labels of the saved annotations after `tagwright import` with `args`. */
    const labelsAfterCli = async (...args: string[]) => {
      const cliDir = await tempDir();
      await writeFile(join(cliDir, 'in.jsonl'), file['in.jsonl']);
      const cli = await runCliInProcess(['import', 'p.tagwright', 'in.jsonl', ...args], cliDir);
      expect(cli.stderr).toBe('');
      const project = await readSavedProject(join(cliDir, 'p.tagwright'));
      return project.annotations.map((a) => a.label);
    };
    expect(await labelsAfterCli('--map-label', `${name}=actor`, '--map-label', 'PER=claim')).toEqual([
      'actor',
      'claim',
    ]);
    expect(await labelsAfterCli('--map-label', 'PER=claim', '--add-labels')).toEqual([name, 'claim']);
  });
});
