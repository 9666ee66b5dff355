import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultAnnotationSchema,
  type Annotation,
  type Project,
  type TagwrightDocument,
} from '../../../../shared/model';
import { detectImportFormat } from '../../../../shared/formats/detect-import-format';
import { exporters } from '../../../../shared/formats/format-registry';
import { parseBratDocument } from '../../../../shared/formats/brat-import';
import { parseDoccanoJsonl } from '../../../../shared/formats/doccano-import';
import { parseLabelStudioJson } from '../../../../shared/formats/label-studio-import';
import { parseW3cJsonLd } from '../../../../shared/formats/w3c-import';
import type { ParsedCorpus } from '../../../../shared/formats/parsed-corpus';
import { parseCorpusFile } from '../../../../shared/formats/parse-corpus-file';
import { collectCorpusInputs } from '../../../../main/io/collect-corpus-files';
import { newProject } from '../../../../main/service/new-project';
import { planCorpusImport } from '../../../../main/service/corpus-import';
import { exportToFiles } from './export-files';
import { testDocument } from './format-corpus';

// Files made by running the tools themselves (see tests/fixtures/formats/tool-made/README.md).
const toolMade = resolve(import.meta.dirname, '../../../fixtures/formats/tool-made');
const read = (name: string) => readFileSync(join(toolMade, name), 'utf8');
const at = new Date('2026-01-01T00:00:00.000Z');

function plan(corpora: ParsedCorpus[], project: Project = newProject('p', 'P', at)) {
  let n = 0;
  return planCorpusImport(
    project,
    corpora,
    { documents: [], report: { imported: [], duplicates: [], problems: [] } },
    {},
    () => `id${n++}`,
    at,
  );
}

/** `label:text` of each annotation, per document, in import order. */
function spansByDocument(documents: TagwrightDocument[], annotations: Annotation[]) {
  return documents.map((d) =>
    annotations.filter((a) => a.documentId === d.id).map((a) => `${a.label}:${d.text.slice(a.start, a.end)}`),
  );
}

const spanKeys = (documents: TagwrightDocument[], annotations: Annotation[]) =>
  spansByDocument(documents, annotations).map((spans) => [...spans].sort());

describe('Label Studio: regions made in the real Label Studio editor (label-studio-frontend 1.4.0)', () => {
  const file = 'label-studio-tasks.json';
  const tasks = JSON.parse(read(file)) as {
    data: { text: string };
    annotations: { result: { type: string; value: { start: number; end: number; text: string } }[] }[];
  }[];
  const regionsOf = (task: (typeof tasks)[number]) => task.annotations[0]!.result.filter((r) => r.type === 'labels');

  it('the editor wrote offsets that are neither code points nor UTF-16 units throughout', () => {
    const readings = tasks.flatMap((task) => {
      const text = task.data.text;
      const points = Array.from(text);
      const editorText = (s: string) => s.replace(/[\r\n]/g, '\\n');
      return regionsOf(task).map(({ value: v }) => {
        const cp = editorText(points.slice(v.start, v.end).join('')) === v.text;
        const units = editorText(text.slice(v.start, v.end)) === v.text;
        return cp && units ? 'both' : cp ? 'code points' : units ? 'UTF-16' : 'neither';
      });
    });
    expect(readings).toEqual([
      ...['both', 'code points', 'UTF-16', 'UTF-16', 'UTF-16', 'neither'],
      ...['code points', 'neither', 'UTF-16', 'neither', 'UTF-16', 'UTF-16'],
      ...['both', 'both', 'both', 'code points', 'UTF-16'],
    ]);
    // A selection over a line break: the editor writes each CR and LF as the two characters "\n".
    expect(regionsOf(tasks[2]!)[2]!.value.text).toBe('maps.\\n\\nOnly 25% were accurate');
  });

  it('imports every region at the characters the user selected, saying how the offsets were read', () => {
    expect(detectImportFormat(file, () => read(file))).toBe('label-studio');
    const parsed = parseLabelStudioJson(file, read(file));
    expect(parsed.problems).toEqual([]);
    const result = plan([parsed]);
    expect(result.report.problems).toEqual([]);
    expect(result.documents.map((d) => d.text)).toEqual([
      tasks[0]!.data.text,
      tasks[1]!.data.text,
      'Armenia gave maps.\nOnly 25% were accurate 😀, Baku said.\nThe talks resumed.',
    ]);
    expect(spansByDocument(result.documents, result.annotations)).toEqual([
      [
        'actor:Zoë Hajizada',
        'claim:Armenia gave 北京 maps',
        'actor:Armenia',
        'event:gave',
        'figure:25%',
        'claim:only 25% were accurate 🎯',
      ],
      [
        'actor:👩‍👩‍👧',
        'actor:🇦🇲 officials',
        'event:met',
        'claim:𝔘𝔫𝔦 reported cafe\u0301 prices',
        'actor:cafe\u0301',
        'actor:Zürich',
      ],
      ['actor:Armenia', 'figure:25%', 'claim:maps.\nOnly 25% were accurate', 'actor:Baku', 'event:talks resumed'],
    ]);
    for (const a of result.annotations) {
      const text = result.documents.find((d) => d.id === a.documentId)!.text;
      expect(a.quote).toBe(text.slice(a.start, a.end));
      expect(a.annotator).toBe('ana@example.org');
    }
    // Relations drawn in the editor (Alt+R between two regions, typed in the side panel).
    const quoteOf = (id: string) => result.annotations.find((a) => a.id === id)!.quote;
    expect(result.relations.map((r) => `${r.type}:${quoteOf(r.from)}>${quoteOf(r.to)}`)).toEqual([
      'attributed-to:only 25% were accurate 🎯>Zoë Hajizada',
      'attributed-to:maps.\nOnly 25% were accurate>Baku',
    ]);
    expect(result.report.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^task 1: 3 region\(s\) had offsets counted in UTF-16 code units/),
      expect.stringMatching(/^task 1: 1 region\(s\) had offsets as Label Studio's editor writes them/),
      expect.stringMatching(/^task 2: 3 region\(s\) had offsets counted in UTF-16 code units/),
      expect.stringMatching(/^task 2: 2 region\(s\) had offsets as Label Studio's editor writes them/),
      expect.stringMatching(/^task 3: 1 region\(s\) had offsets counted in UTF-16 code units/),
    ]);
  });

  it('export → import gives the same spans back, with code-point offsets and no warnings', () => {
    const first = plan([parseLabelStudioJson(file, read(file))]);
    const corpus = {
      projectId: 'p',
      projectName: 'P',
      schema: defaultAnnotationSchema(),
      documents: first.documents.map((document) => ({
        document,
        annotations: first.annotations.filter((a) => a.documentId === document.id),
        relations: first.relations.filter(
          (r) => first.annotations.find((a) => a.id === r.from)!.documentId === document.id,
        ),
      })),
    };
    const exported = exportToFiles(exporters['label-studio'], corpus).get('')!;
    for (const task of JSON.parse(exported)) {
      const points = Array.from(task.data.text as string);
      for (const { value } of regionsOf(task)) {
        expect(points.slice(value.start, value.end).join('')).toBe(value.text);
      }
    }
    const second = plan([parseLabelStudioJson('again.json', exported)]);
    expect(second.report.problems).toEqual([]);
    expect(second.report.warnings).toEqual([]);
    expect(second.documents.map((d) => d.text)).toEqual(first.documents.map((d) => d.text));
    expect(spanKeys(second.documents, second.annotations)).toEqual(spanKeys(first.documents, first.annotations));
    const relationKeys = (p: typeof first) =>
      p.relations.map(
        (r) => `${r.type}:${[r.from, r.to].map((id) => p.annotations.find((a) => a.id === id)!.quote).join('>')}`,
      );
    expect(relationKeys(second)).toEqual(relationKeys(first));
  });

  describe('reading rules, on made-up regions', () => {
    const task = (text: string, start: number, end: number, quote: string) =>
      JSON.stringify([
        {
          data: { text },
          annotations: [
            { result: [{ id: 'r', type: 'labels', value: { start, end, text: quote, labels: ['actor'] } }] },
          ],
        },
      ]);

    it('prefers code points when both readings fit, and says the other one fit too', () => {
      // "😀xxx": code point 2 is the second x, UTF-16 unit 2 the first.
      const result = plan([parseLabelStudioJson('ls.json', task('😀xxx', 2, 3, 'x'))]);
      expect(result.annotations.map((a) => [a.start, a.end])).toEqual([[3, 4]]);
      expect(result.report.warnings.map((w) => w.message)).toEqual([
        'task 1, annotation 1, result 1: "x" fits offsets 2–3 at more than one place: took code points (code point 2); it also fits as UTF-16 code units (code point 1)',
      ]);
    });

    it('reports when the text is at more than one place between the two readings', () => {
      // Five emoji, then "ab" at code points 6 and 9 (UTF-16 11 and 14); 10 fits neither reading.
      const result = plan([parseLabelStudioJson('ls.json', task('😀😀😀😀😀 ab ab', 10, 12, 'ab'))]);
      expect(result.annotations.map((a) => [a.start, a.end])).toEqual([[11, 13]]);
      expect(result.report.warnings.map((w) => w.message)).toEqual([
        'task 1, annotation 1, result 1: "ab" fits offsets 10–12 at more than one place: took Label Studio editor offsets (code point 6); it also fits at code point 9',
        expect.stringMatching(/^task 1: 1 region\(s\) had offsets as Label Studio's editor writes them/),
      ]);
    });
  });
});

describe('W3C: selectors made by Apache Annotator 0.2.0 (describeTextQuote, describeTextPosition)', () => {
  const file = 'w3c-apache-annotator.jsonld';
  const texts = JSON.parse(read('w3c-apache-annotator.documents.json')) as { id: string; text: string }[];
  const project = () => {
    const p = newProject('p', 'P', at);
    p.documents.push(...texts.map(({ id, text }) => testDocument(id, text)));
    return p;
  };
  const expected = [
    [
      'actor:Zoë Hajizada',
      'claim:Armenia gave 北京 maps',
      'actor:Armenia',
      'figure:25%',
      'claim:only 25% were accurate 🎯',
    ],
    [
      'actor:👩‍👩‍👧',
      'event:met',
      'actor:🇦🇲 officials',
      'claim:𝔘𝔫𝔦 reported cafe\u0301 prices',
      'actor:cafe\u0301',
      'actor:👩‍👩‍👧',
      'event:met',
      'claim:prices.\nLater',
    ],
  ];
  type Selector = { type: string; exact?: string; start?: number; end?: number };
  const items = () => JSON.parse(read(file)).first.items as { target: { source: string; selector: Selector[] } }[];

  it('the TextPositionSelector counts code points, as the W3C model says', () => {
    for (const item of items()) {
      const text = texts.find((t) => item.target.source.endsWith(`:${t.id}`))!.text;
      const [quote, position] = item.target.selector as [Selector, Selector];
      expect(Array.from(text).slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  it('imports every annotation at the selected characters, without warnings', () => {
    expect(detectImportFormat(file, () => read(file))).toBe('w3c');
    const result = plan([parseW3cJsonLd(file, read(file))], project());
    expect(result.report.problems).toEqual([]);
    expect(result.report.warnings).toEqual([]);
    const documents = project().documents;
    expect(spansByDocument(documents, result.annotations)).toEqual(expected);
    for (const a of result.annotations) {
      expect(a.quote).toBe(documents.find((d) => d.id === a.documentId)!.text.slice(a.start, a.end));
    }
  });

  it('places the same spans from the TextQuoteSelectors alone (exact, prefix, suffix)', () => {
    const collection = JSON.parse(read(file));
    for (const item of collection.first.items) {
      item.target.selector = item.target.selector.filter((s: Selector) => s.type === 'TextQuoteSelector');
    }
    const result = plan([parseW3cJsonLd(file, JSON.stringify(collection))], project());
    expect(result.report.problems).toEqual([]);
    expect(spansByDocument(project().documents, result.annotations)).toEqual(expected);
    const byPosition = plan([parseW3cJsonLd(file, read(file))], project());
    expect(result.annotations.map((a) => [a.start, a.end])).toEqual(
      byPosition.annotations.map((a) => [a.start, a.end]),
    );
  });

  it('export → import gives the same spans back; our selectors agree with the tool on position and exact', () => {
    const imported = plan([parseW3cJsonLd(file, read(file))], project());
    const documents = project().documents;
    const corpus = {
      projectId: 'p',
      projectName: 'P',
      schema: defaultAnnotationSchema(),
      documents: documents.map((document) => ({
        document,
        annotations: imported.annotations.filter((a) => a.documentId === document.id),
        relations: [],
      })),
    };
    const exported = exportToFiles(exporters.w3c, corpus).get('')!;
    const ours = (JSON.parse(exported).first.items as { target: { selector: Selector[] } }[]).map((item) =>
      item.target.selector.map(({ type, exact, start, end }) => ({ type, exact, start, end })),
    );
    const theirs = items().map((item) =>
      item.target.selector.map(({ type, exact, start, end }) => ({ type, exact, start, end })),
    );
    expect(sortedJson(ours)).toEqual(sortedJson(theirs));
    const again = plan([parseW3cJsonLd('again.jsonld', exported)], project());
    expect(again.report.problems).toEqual([]);
    expect(again.report.warnings).toEqual([]);
    expect(spanKeys(documents, again.annotations)).toEqual(spanKeys(documents, imported.annotations));
  });
});

describe('brat: files written by brat’s own annotation code (server/src/annotation.py, run in Python 2.7)', () => {
  const folder = join(toolMade, 'brat');
  const names = ['accents-cjk', 'crlf', 'emoji']; // the order the importer reads the folder in
  const raw = (name: string) => readFileSync(join(folder, name), 'utf8');
  const importFolder = async () => {
    const inputs = await collectCorpusInputs([folder]);
    expect(inputs.problems).toEqual([]);
    expect(inputs.documentPaths).toEqual([]); // each .txt belongs to its .ann; annotation.conf is skipped
    expect(inputs.corpusFiles.map((f) => [f.format, f.path.slice(folder.length + 1)])).toEqual(
      names.map((n) => ['brat', `${n}.ann`]),
    );
    const corpora = inputs.corpusFiles.map(parseCorpusFile);
    expect(corpora.flatMap((c) => c.problems)).toEqual([]);
    return planAdding(corpora);
  };
  // As `tagwright import --add-labels`: the event role "Agent" is a relation type the project lacks.
  const planAdding = (corpora: ParsedCorpus[]) => {
    let n = 0;
    const empty = { documents: [], report: { imported: [], duplicates: [], problems: [] } };
    return planCorpusImport(newProject('p', 'P', at), corpora, empty, { addLabels: true }, () => `id${n++}`, at);
  };
  type Planned = Awaited<ReturnType<typeof importFolder>>;
  const quoteOf = (p: Planned, id: string) => p.annotations.find((a) => a.id === id)!.quote;
  const relationKeys = (p: Planned) => p.relations.map((r) => `${r.type}:${quoteOf(p, r.from)}>${quoteOf(p, r.to)}`);
  /** `label:fragment|fragment` (the text of each fragment), per document. */
  const fragmentKeys = (p: Planned) =>
    p.documents.map((d) =>
      p.annotations
        .filter((a) => a.documentId === d.id)
        .map((a) => `${a.label}:${(a.fragments ?? [a]).map((f) => d.text.slice(f.start, f.end)).join('|')}`)
        .sort(),
    );

  it('brat counted offsets in code points of the .txt as stored: a CRLF counts two, a 👩‍👩‍👧 five', () => {
    for (const name of names) {
      const text = raw(`${name}.txt`);
      const points = Array.from(text);
      const tLines = raw(`${name}.ann`)
        .split('\n')
        .filter((line) => line.startsWith('T'));
      for (const line of tLines) {
        const [, body, quote] = line.split('\t') as [string, string, string];
        const fragments = body.split(' ').slice(1).join(' ').split(';');
        // brat writes the fragments' texts joined by one space (DISCONT_SEP).
        const byPoints = fragments.map((f) => {
          const [start, end] = f.split(' ').map(Number) as [number, number];
          return points.slice(start, end).join('');
        });
        expect(byPoints.join(' ')).toBe(quote);
      }
    }
    expect(raw('emoji.ann')).toContain('T1\tactor 7 12\t👩‍👩‍👧\n'); // 5 code points, 8 UTF-16 units
    // The selection "maps.⏎Only 25% were accurate" over a CRLF: brat cut it at the line break
    // and trimmed the CR, so the gap between the fragments is the CR and the LF.
    expect(raw('crlf.txt')).toContain('\r\n');
    expect(raw('crlf.ann')).toContain('T3\tclaim 13 18;20 42\tmaps. Only 25% were accurate\n');
    expect(Array.from(raw('crlf.txt')).slice(18, 20).join('')).toBe('\r\n');
  });

  it('brat’s line formats: R with a trailing tab, E with numbered repeated roles, binary A without value', () => {
    const lines = (name: string) => raw(`${name}.ann`).split('\n');
    expect(lines('accents-cjk')).toEqual(
      expect.arrayContaining([
        'E1\tevent:T4 Agent:T3',
        'R1\tattributed-to Arg1:T6 Arg2:T7\t',
        'A1\tcertainty T6 low',
        'A2\tNegated E1',
        'N1\tReference T7 Wikidata:Q72\tZürich',
        '#1\tAnnotatorNotes T1\tspelled with ë in the source',
        'T7\tactor 83 89;99 108\tZürich officials',
      ]),
    );
    expect(lines('emoji')).toContain('E1\tevent:T2 Agent:T1 Agent2:T3');
    expect(lines('crlf')).toEqual(
      expect.arrayContaining(['E1\tevent:T5 ', '#1\tAnnotatorNotes E1\ta note on an event goes on the E line']),
    );
  });

  it('imports every span at the characters brat marked, with its fragments, attributes and notes', async () => {
    expect(detectImportFormat('crlf.ann', () => raw('crlf.ann'))).toBe('brat');
    const result = await importFolder();
    expect(result.report.problems).toEqual([]);
    expect(result.report.warnings).toEqual([]);
    expect(result.report.addedLabels).toEqual([]);
    expect(result.report.addedRelationTypes).toEqual(['Agent']);
    expect(result.documents.map((d) => d.text)).toEqual([
      'Zoë Hajizada said Armenia gave 北京 maps to the café owners.\nOnly 25% were accurate, Zürich and Baku officials said.\n',
      'Armenia gave maps.\nOnly 25% were accurate 😀, Baku said.\nThe talks resumed.\n',
      'Family 👩‍👩‍👧 met 🇦🇲 officials; 𝔘𝔫𝔦 reported cafe\u0301 prices 🎯.\n',
    ]);
    expect(spansByDocument(result.documents, result.annotations)).toEqual([
      [
        'actor:Zoë Hajizada',
        'claim:Armenia gave 北京 maps',
        'actor:Armenia', // inside the claim above
        'event:gave',
        'figure:25%',
        'claim:Only 25% were accurate',
        'actor:Zürich and Baku officials', // discontinuous: see its fragments below
        'actor:Baku', // inside the gap of the discontinuous one
      ],
      ['actor:Armenia', 'figure:25%', 'claim:maps.\nOnly 25% were accurate', 'actor:Baku', 'event:talks resumed'],
      [
        'actor:👩‍👩‍👧',
        'event:met',
        'actor:🇦🇲 officials',
        'claim:𝔘𝔫𝔦 reported cafe\u0301 prices 🎯',
        'actor:𝔘𝔫𝔦',
        'figure:cafe\u0301 prices',
      ],
    ]);
    const byQuote = (quote: string) => result.annotations.find((a) => a.quote === quote)!;
    expect(byQuote('Zürich and Baku officials').fragments).toEqual([
      { start: 83, end: 89 },
      { start: 99, end: 108 },
    ]);
    expect(fragmentKeys(result)[0]).toContain('actor:Zürich|officials');
    expect(byQuote('Zürich and Baku officials').attributes).toEqual({ normalization: 'Wikidata:Q72' });
    expect(byQuote('Only 25% were accurate').attributes).toEqual({ certainty: 'low' });
    expect(byQuote('gave').attributes).toEqual({ Negated: true }); // A2 was on the event E1: its trigger
    expect(byQuote('Zoë Hajizada').note).toBe('spelled with ë in the source');
    expect(byQuote('𝔘𝔫𝔦 reported cafe\u0301 prices 🎯').note).toBe('é is e + U+0301 here 🎯');
    expect(byQuote('talks resumed').note).toBe('a note on an event goes on the E line');
    for (const a of result.annotations) {
      expect(a.quote).toBe(result.documents.find((d) => d.id === a.documentId)!.text.slice(a.start, a.end));
    }
  });

  it('E lines become the trigger span and one relation per argument; Agent2 is a second Agent', async () => {
    const result = await importFolder();
    expect(relationKeys(result)).toEqual([
      'Agent:gave>Armenia',
      'attributed-to:Only 25% were accurate>Zürich and Baku officials',
      'attributed-to:maps.\nOnly 25% were accurate>Baku',
      'Agent:met>👩‍👩‍👧',
      'Agent:met>🇦🇲 officials',
      'attributed-to:𝔘𝔫𝔦 reported cafe\u0301 prices 🎯>𝔘𝔫𝔦',
    ]);
  });

  it('the CRLF document: brat’s offsets (CR counted) land on the same characters in the LF text', async () => {
    const result = await importFolder();
    const document = result.documents[1]!;
    expect(document.text).not.toContain('\r');
    const spans = result.annotations.filter((a) => a.documentId === document.id);
    // brat (code points, CRs counted): 0 7, 25 28, 13 18;20 42, 46 50, 62 75. In the LF text that
    // Tagwright keeps (UTF-16 offsets), one less per CR before the span and one more after the 😀.
    expect(spans.map((a) => (a.fragments ?? [a]).map((f) => [f.start, f.end]))).toEqual([
      [[0, 7]],
      [[24, 27]],
      [
        [13, 18],
        [19, 41],
      ],
      [[46, 50]],
      [[61, 74]],
    ]);
    expect(fragmentKeys(result)[1]).toContain('claim:maps.|Only 25% were accurate');
  });

  it('export → import gives the same spans, fragments, attributes, notes and relations back', async () => {
    const first = await importFolder();
    const corpus = {
      projectId: 'p',
      projectName: 'P',
      schema: (({ labels, relationTypes }) => ({
        labels,
        relationTypes: [...relationTypes, ...first.relationTypes],
      }))(defaultAnnotationSchema()),
      documents: first.documents.map((document) => ({
        document,
        annotations: first.annotations.filter((a) => a.documentId === document.id),
        relations: first.relations.filter(
          (r) => first.annotations.find((a) => a.id === r.from)!.documentId === document.id,
        ),
      })),
    };
    const files = exportToFiles(exporters.brat, corpus);
    const corpora = first.documents.map((d) =>
      parseBratDocument(`${d.id}.ann`, files.get(`${d.id}.ann`)!, files.get(`${d.id}.txt`)!, `${d.id}.txt`),
    );
    expect(corpora.flatMap((c) => c.problems)).toEqual([]);
    const second = planAdding(corpora);
    expect(second.report.problems).toEqual([]);
    expect(second.report.warnings).toEqual([]);
    expect(second.documents.map((d) => d.text)).toEqual(first.documents.map((d) => d.text));
    expect(fragmentKeys(second)).toEqual(fragmentKeys(first));
    expect(relationKeys(second).sort()).toEqual(relationKeys(first).sort());
    const details = (p: Planned) => p.annotations.map((a) => JSON.stringify([a.quote, a.attributes, a.note])).sort();
    expect(details(second)).toEqual(details(first));
  });

  it('the same file from a narrow Python 2 build (UTF-16 offsets) lands on the same characters, with a warning', async () => {
    // brat counts Python string indices: a narrow build (sys.maxunicode 65535) counted UTF-16 units.
    const text = raw('emoji.txt');
    const units = (points: string) => String(Array.from(text).slice(0, Number(points)).join('').length);
    const narrow = raw('emoji.ann').replace(/^(T\d+\t\S+ )([\d ;]+)\t/gm, (_, head: string, offsets: string) => {
      return `${head}${offsets.replace(/\d+/g, units)}\t`;
    });
    expect(narrow).toContain('T1\tactor 7 15\t👩‍👩‍👧\n');
    const folder = await importFolder();
    const wide = folder.annotations.filter((a) => a.documentId === folder.documents[2]!.id);
    const result = planAdding([parseBratDocument('emoji.ann', narrow, text, 'emoji.txt')]);
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => [a.label, a.start, a.end])).toEqual(
      wide.map((a) => [a.label, a.start, a.end]),
    );
    expect(result.report.warnings).toHaveLength(wide.length); // one per span, each naming the unit
    for (const w of result.report.warnings) expect(w.message).toMatch(/UTF-16 code units/);
  });

  describe('reading rules, on made-up lines', () => {
    const relationsOf = (ann: string) =>
      parseBratDocument('x.ann', ann, 'ab cd ef', 'x.txt').documents[0]!.relations.map((r) => `${r.type}:${r.to}`);

    it('a role number is dropped only when the event repeats that role', () => {
      const spans = 'T1\tevent 0 2\tab\nT2\tactor 3 5\tcd\nT3\tactor 6 8\tef\n';
      expect(relationsOf(`${spans}E1\tevent:T1 Theme:T2 Theme2:T3\n`)).toEqual(['Theme:T2', 'Theme:T3']);
      expect(relationsOf(`${spans}E1\tevent:T1 Theme2:T2 Theme3:T3\n`)).toEqual(['Theme:T2', 'Theme:T3']);
      expect(relationsOf(`${spans}E1\tevent:T1 Arg1:T2 Cause:T3\n`)).toEqual(['Arg1:T2', 'Cause:T3']);
    });
  });
});

describe('doccano: files written by doccano’s own export code (data_export.celery_tasks.export_dataset, JSONL)', () => {
  const raw = (name: string) => readFileSync(join(toolMade, 'doccano', name), 'utf8');
  const records = (name: string) =>
    raw(name)
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown> & { text: string });
  const importFile = (name: string) => {
    const format = detectImportFormat(name, () => raw(name));
    expect(format).toBe('doccano');
    const parsed = parseCorpusFile({ format: format!, path: name, content: raw(name) });
    expect(parsed.problems).toEqual([]);
    return plan([parsed]);
  };
  type Planned = ReturnType<typeof importFile>;
  const quoteOf = (p: Planned, id: string) => p.annotations.find((a) => a.id === id)!.quote;
  const relationKeys = (p: Planned) => p.relations.map((r) => `${r.type}:${quoteOf(p, r.from)}>${quoteOf(p, r.to)}`);
  // Tagwright keeps LF text; doccano kept the CRLFs of the third text.
  const texts = [
    'Zoë Hajizada said Armenia gave 北京 maps to the café owners.\nOnly 25% were accurate (2/3), Zürich and Baku officials said.',
    'Family 👩‍👩‍👧 met 🇦🇲 officials; 𝔘𝔫𝔦 reported cafe\u0301 prices 🎯.',
    'Armenia gave maps.\nOnly 25% were accurate 😀, Baku said.\nThe talks resumed.\n',
  ];
  const spans = [
    [
      'actor:Zoë Hajizada',
      'actor:Armenia', // inside the claim that follows: doccano sorts spans by (start, end, label)
      'claim:Armenia gave 北京 maps',
      'claim:Only 25% were accurate',
      'figure:25%',
      'actor:Zürich',
      'actor:Baku officials',
    ],
    [
      'actor:👩‍👩‍👧',
      'actor:🇦🇲 officials',
      'actor:𝔘𝔫𝔦',
      'claim:𝔘𝔫𝔦 reported cafe\u0301 prices 🎯',
      'figure:cafe\u0301 prices',
      'event:🎯',
    ],
    ['actor:Armenia', 'claim:maps.\nOnly 25% were accurate', 'figure:25%', 'actor:Baku', 'event:talks resumed'],
  ];

  it('doccano wrote code-point offsets into the text as stored: a CRLF counts two, a 👩‍👩‍👧 five', () => {
    const lines = raw('sequence-labeling.jsonl').split('\n');
    expect(lines).toHaveLength(4); // three records, each ending in "\n"
    expect(lines[3]).toBe('');
    // pandas' to_json: compact, "/" escaped, non-ASCII unescaped, metadata keys spread into every
    // record (null where an example has none; 3 became 3.0 in that float column), then Comments.
    expect(lines[0]).toMatch(
      /^\{"id":1,"text":"Zoë Hajizada .*\(2\\\/3\).*","source":"made-up news","page":3\.0,"label":\[\[0,12,"actor"\],/,
    );
    expect(lines[0]).toMatch(/,"Comments":\["ë in the source"\]\}$/);
    expect(lines[1]).toContain('"source":null,"page":null,"label":[[7,12,"actor"],[17,29,"actor"],');
    expect(lines[2]).toContain('"text":"Armenia gave maps.\\r\\nOnly 25% were accurate 😀, Baku said.\\r\\n');
    expect(lines[2]).toContain('[13,42,"claim"]'); // "maps.⏎Only 25% were accurate": the CR is counted
    const relations = raw('relations.jsonl');
    expect(relations).toContain('"relations":[{"id":1,"from_id":23,"to_id":25,"type":"attributed-to"}]');
    expect(relations).toContain('"Comments":[{"id":2,"comment":"ë in the source"}]');
    type Entity = { start_offset: number; end_offset: number; label: string };
    const tuplesOf = (record: Record<string, unknown>) =>
      Array.isArray(record.label)
        ? (record.label as [number, number, string][])
        : (record.entities as Entity[]).map((e) => [e.start_offset, e.end_offset, e.label] as const);
    for (const name of ['sequence-labeling.jsonl', 'relations.jsonl']) {
      records(name).forEach((record, i) => {
        const points = Array.from(record.text); // code points
        const keys = tuplesOf(record).map(([start, end, label]) => `${label}:${points.slice(start, end).join('')}`);
        expect(keys.map((k) => k.replace(/\r\n/g, '\n')).sort()).toEqual([...spans[i]!].sort());
      });
    }
    expect(records('sequence-labeling.jsonl')[2]!.text).toBe(texts[2]!.replace(/\n/g, '\r\n'));
  });

  it('imports every span at the characters doccano marked; reports the comment it cannot carry', () => {
    const result = importFile('sequence-labeling.jsonl');
    expect(result.report.problems).toEqual([]);
    expect(result.report.warnings).toEqual([
      { fileName: 'sequence-labeling.jsonl', line: 1, message: '1 doccano comment(s) not carried' },
    ]);
    expect(result.report.addedLabels).toEqual([]);
    expect(result.documents.map((d) => d.text)).toEqual(texts);
    expect(spansByDocument(result.documents, result.annotations)).toEqual(spans);
    // doccano's example id and meta become metadata; the nulls pandas filled in do not.
    expect(result.documents.map((d) => d.metadata)).toEqual([
      { id: 1, source: 'made-up news', page: 3 },
      { id: 2 },
      { id: 3 },
    ]);
    for (const a of result.annotations) {
      expect(a.quote).toBe(result.documents.find((d) => d.id === a.documentId)!.text.slice(a.start, a.end));
    }
  });

  it('the relation project’s file: entities and relations by doccano’s span ids', () => {
    const result = importFile('relations.jsonl');
    expect(result.report.problems).toEqual([]);
    expect(result.report.warnings).toEqual([
      { fileName: 'relations.jsonl', line: 1, message: '1 doccano comment(s) not carried' },
    ]);
    expect(result.report.addedRelationTypes).toEqual([]);
    expect(result.documents.map((d) => d.text)).toEqual(texts);
    expect(spanKeys(result.documents, result.annotations)).toEqual(spans.map((s) => [...s].sort()));
    expect(relationKeys(result)).toEqual([
      'attributed-to:Only 25% were accurate>Baku officials',
      'attributed-to:𝔘𝔫𝔦 reported cafe\u0301 prices 🎯>𝔘𝔫𝔦',
      'attributed-to:maps.\nOnly 25% were accurate>Baku',
    ]);
  });

  it('export → import gives the same documents and spans back', () => {
    const first = importFile('sequence-labeling.jsonl');
    const corpus = {
      projectId: 'p',
      projectName: 'P',
      schema: defaultAnnotationSchema(),
      documents: first.documents.map((document) => ({
        document,
        annotations: first.annotations.filter((a) => a.documentId === document.id),
        relations: [],
      })),
    };
    const [[, content]] = [...exportToFiles(exporters.doccano, corpus)] as [[string, string]];
    const second = plan([parseDoccanoJsonl('again.jsonl', content)]);
    expect(second.report.problems).toEqual([]);
    expect(second.report.warnings).toEqual([]);
    expect(second.documents.map((d) => d.text)).toEqual(first.documents.map((d) => d.text));
    expect(spanKeys(second.documents, second.annotations)).toEqual(spanKeys(first.documents, first.annotations));
  });
});

function sortedJson(values: unknown[]): string[] {
  return values.map((v) => JSON.stringify(v)).sort();
}
