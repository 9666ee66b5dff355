import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation, Relation } from '../../../../shared/model';
import { exporters, type ImportFormat } from '../../../../shared/formats/format-registry';
import { parseCorpusFile } from '../../../../shared/formats/parse-corpus-file';
import { newProject } from '../../../../main/service/new-project';
import { documentAnnotators } from '../../../../shared/formats/export-layer';
import { readZip } from '../../../../shared/formats/corpus/zip-reader';
import { exportToBytes, exportToFiles } from './export-files';
import { inflate } from './refi-qda/qdpx-files';
import { oneDocumentCorpus, testAnnotation, testDocument } from './format-corpus';
import { plan } from './plan-import';

// The all layer of a team's project: each thing keeps its annotator, whoever else marked the same characters.
const annotators = ['ana', 'ben', 'gold'];
const text = 'Armenia 😀 gave maps; Baku said 25% were accurate.';
const document = testDocument('doc', text);
const words = [...text.matchAll(/[^\s;.]+/gu)].map((m) => [m.index, m.index + m[0].length] as const);

/** Spans over whole words, each by one of three annotators (two may mark the same span), and relations within a layer or across. */
const layeredDocument = fc
  .uniqueArray(
    fc.record({
      word: fc.nat(words.length - 1),
      label: fc.constantFrom('claim', 'actor'),
      annotator: fc.constantFrom(...annotators),
    }),
    { maxLength: 12, selector: (s) => `${s.word} ${s.label} ${s.annotator}` },
  )
  .chain((spans) => {
    const annotations = spans.map((s, i) =>
      testAnnotation(`a${i}`, document, words[s.word]![0], words[s.word]![1], s.label, { annotator: s.annotator }),
    );
    const pair = fc.tuple(fc.nat(Math.max(annotations.length - 1, 0)), fc.nat(Math.max(annotations.length - 1, 0)));
    const links = annotations.length < 2 ? fc.constant([]) : fc.uniqueArray(pair, { maxLength: 4, selector: String });
    return links.map((ends): { annotations: Annotation[]; relations: Relation[] } => ({
      annotations,
      relations: ends
        .filter(([f, t]) => f !== t)
        .map(([f, t], i) => ({
          id: `r${i}`,
          type: 'attributed-to',
          from: annotations[f]!.id,
          to: annotations[t]!.id,
          annotator: annotations[f]!.annotator,
        })),
    }));
  });

function roundTrip(
  format: ImportFormat & ('jsonl' | 'w3c'),
  generated: { annotations: Annotation[]; relations: Relation[] },
) {
  const files = exportToFiles(
    exporters[format],
    oneDocumentCorpus(document, generated.annotations, generated.relations),
  );
  const parsed = parseCorpusFile({ format, path: `export.${format}`, content: files.get('')! });
  const project = newProject('p', 'P', new Date());
  // W3C annotates documents the project has; JSONL brings its own.
  if (format === 'w3c') project.documents.push(document);
  return plan([parsed], {}, project);
}

/** The relations whose two ends are their annotator's own: the others are in no annotator's file (cross-layer-links). */
function relationsWithinLayers({ annotations, relations }: { annotations: Annotation[]; relations: Relation[] }) {
  const annotatorOf = (id: string) => annotations.find((a) => a.id === id)!.annotator;
  return relations.filter((r) => annotatorOf(r.from) === r.annotator && annotatorOf(r.to) === r.annotator);
}

const spanKey = (a: Annotation) => `${a.start}-${a.end} ${a.label} by ${a.annotator}`;
const relationKey = (r: Relation, annotations: readonly Annotation[]) => {
  const end = (id: string) => spanKey(annotations.find((a) => a.id === id)!);
  return `${end(r.from)} → ${end(r.to)} by ${r.annotator}`;
};

describe('every layer in one export, and back: annotators kept', () => {
  for (const format of ['jsonl', 'w3c'] as const) {
    it(`${format}: each span and relation comes back with its own annotator, two annotators' identical spans stay two`, () => {
      fc.assert(
        fc.property(layeredDocument, (generated) => {
          const planned = roundTrip(format, generated);
          expect(planned.report.problems).toEqual([]);
          expect(planned.annotations.map(spanKey).sort()).toEqual(generated.annotations.map(spanKey).sort());
          expect(planned.relations.map((r) => relationKey(r, planned.annotations)).sort()).toEqual(
            generated.relations.map((r) => relationKey(r, generated.annotations)).sort(),
          );
        }),
        { numRuns: 120 },
      );
    });
  }
});

/** The generated document to export with its annotators kept apart, as main sets it for two or more (one annotator's work is written as ever). */
function apartCorpus(generated: { annotations: Annotation[]; relations: Relation[] }, form?: string) {
  const annotators = documentAnnotators(generated);
  fc.pre(annotators.length >= 2);
  const corpus = oneDocumentCorpus(document, generated.annotations, generated.relations);
  return { ...corpus, ...(form ? { form } : {}), annotators };
}

/** The import made one document, every span with its annotator, and the relations `expected` (by their ends and annotators). */
function expectKeptApart(
  planned: ReturnType<typeof plan>,
  generated: { annotations: Annotation[] },
  expected: readonly Relation[],
) {
  expect(planned.report.problems).toEqual([]);
  expect(planned.documents).toHaveLength(1);
  expect(planned.annotations.map(spanKey).sort()).toEqual(generated.annotations.map(spanKey).sort());
  expect(planned.relations.map((r) => relationKey(r, planned.annotations)).sort()).toEqual(
    expected.map((r) => relationKey(r, generated.annotations)).sort(),
  );
}

describe('every annotator kept apart in one export, and back: doccano’s zip of a file per annotator', () => {
  for (const form of ['sequence', 'relations'] as const) {
    it(`${form} form: each span comes back with its annotator (its file's name), relations within a layer too`, () => {
      fc.assert(
        fc.property(layeredDocument, (generated) => {
          const corpus = apartCorpus(generated, form);
          const archive = readZip(exportToBytes(exporters.doccano, corpus).get('')!, inflate, 1 << 30);
          expect([...archive.keys()]).toEqual(corpus.annotators.map((a) => `${a}.jsonl`));
          const parsed = parseCorpusFile({ format: 'doccano', path: 'layers.zip', content: '', archive });
          const planned = plan([parsed], {}, newProject('p', 'P', new Date()));
          expectKeptApart(planned, generated, form === 'relations' ? relationsWithinLayers(generated) : []);
        }),
        { numRuns: 120 },
      );
    });
  }
});

describe('every annotator kept apart in one export, and back: brat folders, one per annotator', () => {
  it('each span and relation comes back with its annotator (its folder’s name) under --annotator-per-folder', () => {
    fc.assert(
      fc.property(layeredDocument, (generated) => {
        const corpus = apartCorpus(generated);
        const files = exportToFiles(exporters.brat, corpus);
        const parsed = corpus.annotators.map((annotator) =>
          parseCorpusFile(
            {
              format: 'brat',
              path: `corpus/${annotator}/doc.ann`,
              content: files.get(`${annotator}/doc.ann`)!,
              txtPath: `corpus/${annotator}/doc.txt`,
              txtContent: files.get(`${annotator}/doc.txt`)!,
            },
            { annotatorPerFolder: true },
          ),
        );
        expectKeptApart(
          plan(parsed, {}, newProject('p', 'P', new Date())),
          generated,
          relationsWithinLayers(generated),
        );
      }),
      { numRuns: 120 },
    );
  });
});
