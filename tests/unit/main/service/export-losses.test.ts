import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportCorpus } from '../../../../shared/formats/corpus/corpus-export';
import { FORMAT_NAMES, type FormatName } from '../../../../shared/formats/format-facts';
import type { ExportLossKind } from '../../../../shared/formats/format-facts';
import type { Project } from '../../../../shared/model';
import { AnnotationTable } from '../../../../main/service/annotation-table';
import { exportCorpusToPath } from '../../../../main/service/corpus-export';
import { newProject } from '../../../../main/service/new-project';
import { handCheckedCorpus, oneDocumentCorpus, testAnnotation, testDocument } from '../../shared/formats/format-corpus';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

/** A project holding a format-test corpus, as the service hands it to an export. */
function projectOf(corpus: ExportCorpus): Project {
  const project = newProject('p1', corpus.projectName, new Date('2026-01-01T00:00:00.000Z'));
  project.schema = corpus.schema;
  for (const doc of corpus.documents) {
    project.documents.push(doc.document);
    project.annotations.push(...doc.annotations);
    project.relations.push(...doc.relations);
    project.events.push(...(doc.events ?? []));
    project.equivalences.push(...(doc.equivalences ?? []));
  }
  return project;
}

async function exportAs(corpus: ExportCorpus, format: FormatName, labels?: string[]) {
  const project = projectOf(corpus);
  const out = join(await tempDir(), `out-${format}`);
  const request = { format, documents: 'all' as const, ...(labels ? { labels } : {}) };
  const summary = await exportCorpusToPath(project, new AnnotationTable(project.annotations), request, out);
  return { summary, out };
}

/** Losses as the summary lists them, written in EXPORT_LOSS_KINDS' order. */
const counted = (losses: Partial<Record<ExportLossKind, number>>) =>
  Object.entries(losses).map(([kind, count]) => ({ kind, count }));

describe('every export says what its format could not carry, per kind, counted', () => {
  // The hand-checked corpus: 7 annotations by "ana" (a note on one, two attribute values on
  // another, one discontinuous span; "Only 25% were accurate" holds "25%"), 1 relation by "ana",
  // 1 event.
  const expected: Record<FormatName, Partial<Record<ExportLossKind, number>>> = {
    jsonl: {},
    doccano: { relations: 1, events: 1, notes: 1, attributes: 2, annotators: 8, times: 7, 'discontinuous-spans': 1 },
    spacy: {
      relations: 1,
      events: 1,
      notes: 1,
      attributes: 2,
      annotators: 8,
      times: 7,
      'discontinuous-spans': 1,
      'overlapping-entities': 2,
    },
    brat: { annotators: 8, times: 7, 'flattened-text': 1 },
    conll: { relations: 1, events: 1, notes: 1, attributes: 2, annotators: 8, times: 7, 'discontinuous-spans': 1 },
    csv: { relations: 1, events: 1, times: 7, 'discontinuous-bounds': 1 },
    w3c: {},
    'label-studio': { events: 1, annotators: 8, times: 7, 'discontinuous-spans': 1 },
    'webanno-tsv': { events: 1, notes: 1, annotators: 8, times: 7, 'discontinuous-spans': 1 },
    'refi-qda': { events: 1, attributes: 2, 'discontinuous-spans': 1 },
  };
  for (const format of FORMAT_NAMES) {
    it(format, async () => {
      const { summary } = await exportAs(handCheckedCorpus(), format);
      expect(summary.losses).toEqual(counted(expected[format]));
    });
  }

  it("doccano's relation form carries the relations its sequence form drops", async () => {
    const project = projectOf(handCheckedCorpus());
    const out = join(await tempDir(), 'relations.jsonl');
    const request = { format: 'doccano' as const, documents: 'all' as const, form: 'relations' };
    const summary = await exportCorpusToPath(project, new AnnotationTable(project.annotations), request, out);
    expect(summary.form).toBe('relations');
    expect(summary.losses).toEqual(
      counted({ events: 1, notes: 1, attributes: 2, annotators: 8, times: 7, 'discontinuous-spans': 1 }),
    );
  });

  it('refuses a form the format does not have, writing nothing', async () => {
    const project = projectOf(handCheckedCorpus());
    const dir = await tempDir();
    const table = new AnnotationTable(project.annotations);
    await expect(
      exportCorpusToPath(project, table, { format: 'doccano', documents: 'all', form: 'tables' }, join(dir, 'x.jsonl')),
    ).rejects.toThrow('doccano has no form "tables": choose sequence or relations.');
    await expect(
      exportCorpusToPath(project, table, { format: 'csv', documents: 'all', form: 'relations' }, join(dir, 'x.csv')),
    ).rejects.toThrow('csv is written in one form only; leave the form out.');
    expect(await readdir(dir)).toEqual([]);
  });

  it('counts only what the chosen labels export: relations between them, notes and attributes on them', async () => {
    const { summary } = await exportAs(handCheckedCorpus(), 'doccano', ['figure']);
    expect(summary).toMatchObject({ annotations: 1, relations: 0 });
    expect(summary.losses).toEqual(counted({ attributes: 2, annotators: 1, times: 1 }));
  });

  it('CoNLL: a same-label overlap and a span over spaces are left out, a span starting in a space is trimmed', async () => {
    const document = testDocument('doc', 'Armenia gave maps.');
    const corpus = oneDocumentCorpus(document, [
      testAnnotation('a1', document, 0, 12, 'claim'), // Armenia gave
      testAnnotation('a2', document, 8, 17, 'claim'), // gave maps: overlaps a1, same label
      testAnnotation('a3', document, 7, 8, 'actor'), // " ": no token
      testAnnotation('a4', document, 7, 12, 'event'), // " gave": trimmed to "gave"
    ]);
    const { summary, out } = await exportAs(corpus, 'conll');
    expect(await readFile(out, 'utf8')).toBe(
      [
        '-DOCSTART-\tO\tO\tO\tO',
        '',
        'Armenia\tB-claim\tO\tO\tO',
        'gave\tI-claim\tO\tO\tB-event',
        'maps\tO\tO\tO\tO',
        '.\tO\tO\tO\tO',
        '',
        '',
      ].join('\n'),
    );
    expect(summary.losses).toEqual(
      counted({ annotators: 4, times: 4, 'same-label-overlaps': 1, 'spans-without-tokens': 1, 'trimmed-spans': 1 }),
    );
  });

  it('brat: false and empty attribute values are not written, and counted', async () => {
    const document = testDocument('doc', 'Armenia gave maps.');
    const corpus = oneDocumentCorpus(document, [
      testAnnotation('a1', document, 0, 7, 'actor', {
        attributes: { state: true, checked: false, unit: '', place: 'South Caucasus' },
        annotator: '',
      }),
    ]);
    const { summary, out } = await exportAs(corpus, 'brat');
    expect(await readFile(join(out, 'doc.ann'), 'utf8')).toBe(
      'T1\tactor 0 7\tArmenia\nA1\tstate T1\nA2\tplace T1 South_Caucasus\n',
    );
    expect(summary.losses).toEqual(counted({ times: 1, 'unwritten-attribute-values': 2, 'flattened-text': 1 }));
  });
});
