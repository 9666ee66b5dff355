import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { defaultAnnotationSchema } from '../../../../../shared/model';
import { detectImportFormat } from '../../../../../shared/formats/detect-import-format';
import { exporters } from '../../../../../shared/formats/format-registry';
import { parseBratDocument } from '../../../../../shared/formats/brat/import';
import type { ParsedCorpus } from '../../../../../shared/formats/corpus/parsed-corpus';
import { parseCorpusFile } from '../../../../../shared/formats/parse-corpus-file';
import { collectCorpusInputs, isReadWhole } from '../../../../../main/io/collect-corpus-files';
import { exportToFiles } from '../export-files';
import { eventQuotes, exportCorpusOf, plan, relationQuotes } from '../plan-import';
import { read, toolMade, spansByDocument } from '../tool-made-import';

describe('brat: files written by brat’s own annotation code (server/src/annotation.py, run in Python 2.7)', () => {
  const folder = join(toolMade, 'brat');
  const names = ['accents-cjk', 'crlf', 'emoji']; // the order the importer reads the folder in
  const raw = (name: string) => read(`brat/${name}`);
  const importFolder = async () => {
    const inputs = await collectCorpusInputs([folder]);
    expect(inputs.problems).toEqual([]);
    expect(inputs.documentPaths).toEqual([]); // each .txt belongs to its .ann; annotation.conf is skipped
    expect(inputs.corpusFiles.map((f) => [f.format, f.path.slice(folder.length + 1)])).toEqual(
      names.map((n) => ['brat', `${n}.ann`]),
    );
    const corpora = inputs.corpusFiles.filter(isReadWhole).map((file) => parseCorpusFile(file));
    expect(corpora.flatMap((c) => c.problems)).toEqual([]);
    return planAdding(corpora);
  };
  // As `tagwright import --add-labels` (the files' labels and event type are the default schema's).
  const planAdding = (corpora: ParsedCorpus[]) => plan(corpora, { addLabels: true });
  type Planned = Awaited<ReturnType<typeof importFolder>>;
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
    expect(result.report.addedRelationTypes).toEqual([]);
    expect(result.report.addedEventTypes).toEqual([]);
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
    // The N line keeps its text; the A line and the note on an event are the event's, not its trigger's.
    expect(byQuote('Zürich and Baku officials')).toMatchObject({
      attributes: {},
      normalizations: [{ resource: 'Wikidata', entry: 'Q72', text: 'Zürich' }],
    });
    expect(byQuote('Only 25% were accurate').attributes).toEqual({ certainty: 'low' });
    expect(byQuote('gave').attributes).toEqual({});
    expect(byQuote('Zoë Hajizada').note).toBe('spelled with ë in the source');
    expect(byQuote('𝔘𝔫𝔦 reported cafe\u0301 prices 🎯').note).toBe('é is e + U+0301 here 🎯');
    expect(byQuote('talks resumed').note).toBe('');
    for (const a of result.annotations) {
      expect(a.quote).toBe(result.documents.find((d) => d.id === a.documentId)!.text.slice(a.start, a.end));
    }
  });

  it('E lines become events with their own attributes and notes; Agent2 is a second Agent', async () => {
    const result = await importFolder();
    expect(relationQuotes(result)).toEqual([
      'attributed-to:Only 25% were accurate>Zürich and Baku officials',
      'attributed-to:maps.\nOnly 25% were accurate>Baku',
      'attributed-to:𝔘𝔫𝔦 reported cafe\u0301 prices 🎯>𝔘𝔫𝔦',
    ]);
    expect(eventQuotes(result)).toEqual([
      'event:gave(Agent:Armenia) [{"Negated":true},[],"",[],[]]',
      'event:met(Agent:👩‍👩‍👧, Agent:🇦🇲 officials) [{},[],"",[],[]]',
      'event:talks resumed() [{},[],"a note on an event goes on the E line",[],[]]',
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
    const defaults = defaultAnnotationSchema();
    const schema = { ...defaults, relationTypes: [...defaults.relationTypes, ...first.relationTypes] };
    const files = exportToFiles(exporters.brat, exportCorpusOf(first, schema));
    // Each document's files keep the name of the brat file it came from.
    expect([...files.keys()].filter((f) => f.endsWith('.ann'))).toEqual(names.map((n) => `${n}.ann`));
    const corpora = names.map((n) =>
      parseBratDocument(`${n}.ann`, files.get(`${n}.ann`)!, { path: `${n}.txt`, content: files.get(`${n}.txt`)! }),
    );
    expect(corpora.flatMap((c) => c.problems)).toEqual([]);
    const second = planAdding(corpora);
    expect(second.report.problems).toEqual([]);
    expect(second.report.warnings).toEqual([]);
    expect(second.documents.map((d) => d.text)).toEqual(first.documents.map((d) => d.text));
    expect(fragmentKeys(second)).toEqual(fragmentKeys(first));
    expect(relationQuotes(second).sort()).toEqual(relationQuotes(first).sort());
    expect(eventQuotes(second)).toEqual(eventQuotes(first));
    const details = (p: Planned) =>
      p.annotations.map((a) => JSON.stringify([a.quote, a.attributes, a.note, a.normalizations])).sort();
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
    const result = planAdding([parseBratDocument('emoji.ann', narrow, { path: 'emoji.txt', content: text })]);
    expect(result.report.problems).toEqual([]);
    expect(result.annotations.map((a) => [a.label, a.start, a.end])).toEqual(
      wide.map((a) => [a.label, a.start, a.end]),
    );
    expect(result.report.warnings).toHaveLength(wide.length); // one per span, each naming the unit
    for (const w of result.report.warnings) expect(w.message).toMatch(/UTF-16 code units/);
  });

  describe('reading rules, on made-up lines', () => {
    const argumentsOf = (ann: string) =>
      parseBratDocument('x.ann', ann, { path: 'x.txt', content: 'ab cd ef' }).documents[0]!.events![0]!.arguments.map(
        (a) => `${a.role}:${a.target}`,
      );

    it('a role number is dropped only where brat numbered a repeated role (the plain role is there too)', () => {
      const spans = 'T1\tevent 0 2\tab\nT2\tactor 3 5\tcd\nT3\tactor 6 8\tef\n';
      expect(argumentsOf(`${spans}E1\tevent:T1 Theme:T2 Theme2:T3\n`)).toEqual(['Theme:T2', 'Theme:T3']);
      // Written so, they are written back so: brat's add_argument keeps a number it is given.
      expect(argumentsOf(`${spans}E1\tevent:T1 Theme2:T2 Theme3:T3\n`)).toEqual(['Theme2:T2', 'Theme3:T3']);
      expect(argumentsOf(`${spans}E1\tevent:T1 Arg1:T2 Arg2:T3\n`)).toEqual(['Arg1:T2', 'Arg2:T3']);
      expect(argumentsOf(`${spans}E1\tevent:T1 Arg1:T2 Cause:T3\n`)).toEqual(['Arg1:T2', 'Cause:T3']);
    });
  });
});
