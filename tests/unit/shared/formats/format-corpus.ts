import type {
  AnnotationSchema,
  Annotation,
  Relation,
  TagwrightDocument,
  TagwrightEvent,
} from '../../../../shared/model';
import { defaultAnnotationSchema } from '../../../../shared/model';
import type { ExportCorpus, ExportDocument } from '../../../../shared/formats/corpus/corpus-export';
import { hashText } from '../../../../main/service/build-documents';
import { annotationOf } from '../../../support/annotation-fixture';

const at = '2026-01-01T00:00:00.000Z';

/** A document for format tests. */
export function testDocument(
  id: string,
  text: string,
  status: TagwrightDocument['status'] = 'done',
): TagwrightDocument {
  return {
    id,
    title: text.split('\n')[0]!,
    text,
    sha256: hashText(text),
    source: { fileName: `${id}.txt`, encoding: 'utf-8', lineEndings: 'lf', importedAt: at },
    status,
    metadata: {},
  };
}

/** An annotation over `text` (UTF-16 offsets), optionally discontinuous. */
export function testAnnotation(
  id: string,
  document: TagwrightDocument,
  start: number,
  end: number,
  label: string,
  extra: Partial<Annotation> = {},
): Annotation {
  return annotationOf(document.text, id, start, end, { documentId: document.id, label, annotator: 'ana', ...extra });
}

/** A corpus of one document with the default schema. */
export function oneDocumentCorpus(
  document: TagwrightDocument,
  annotations: Annotation[],
  relations: Relation[] = [],
): ExportCorpus {
  return {
    projectId: 'p',
    projectName: 'P',
    schema: testCorpusSchema(),
    documents: [{ document, annotations, relations }],
  };
}

/** Relations of type attributed-to between the annotations that `links` (from, to) pick, modulo their count; none for fewer than two. */
export function linkedRelations(annotations: readonly Annotation[], links: readonly [number, number][]): Relation[] {
  if (annotations.length < 2) return [];
  return links.map(([f, t], i) => ({
    id: `rel${i}`,
    type: 'attributed-to',
    from: annotations[f % annotations.length]!.id,
    to: annotations[t % annotations.length]!.id,
    annotator: '',
  }));
}

/**
 * The hand-checked corpus: emoji before and inside spans (code points differ from UTF-16),
 * overlapping spans, a discontinuous span, a note, attributes, a normalization, a relation with a
 * note, an event on the discontinuous span (two arguments, a modifier) and a formula-like text.
 */
export function handCheckedCorpus(): ExportCorpus {
  const d1 = testDocument('d1', 'Armenia 😀 gave maps.\nOnly 25% were accurate, said Baku.');
  const d2 = testDocument('d2', '=SUM(A1) is "not" a formula, Zoë.');
  // d1: "Armenia" 0–7; "😀" 8–10 (UTF-16) = 8–9 code points; "maps" 16–20 → 15–19; "25%" 27–30 → 26–29;
  // "Only 25% were accurate" 22–44 → 21–43; "Baku" 51–55 → 50–54.
  const a1 = testAnnotation('a1', d1, 0, 7, 'actor', {
    note: 'the state,\nnot the people',
    normalizations: [{ resource: 'Wikidata', entry: 'Q399', text: 'Armenia' }],
  });
  const a2 = testAnnotation('a2', d1, 27, 30, 'figure', { attributes: { value: 0.25, unit: 'percent' } });
  const a3 = testAnnotation('a3', d1, 22, 44, 'claim');
  const a4 = testAnnotation('a4', d1, 51, 55, 'actor');
  const a5 = testAnnotation('a5', d1, 8, 20, 'event', {
    fragments: [
      { start: 8, end: 10 },
      { start: 16, end: 20 },
    ],
  });
  const b1 = testAnnotation('b1', d2, 0, 8, 'claim');
  const b2 = testAnnotation('b2', d2, 29, 32, 'actor');
  const r1: Relation = { id: 'r1', type: 'attributed-to', from: 'a3', to: 'a4', note: 'as reported', annotator: 'ana' };
  const e1: TagwrightEvent = {
    id: 'e1',
    documentId: 'd1',
    type: 'event',
    trigger: 'a5',
    arguments: [
      { role: 'agent', target: 'a1', targetKind: 'annotation' },
      { role: 'figure', target: 'a2', targetKind: 'annotation' },
    ],
    attributes: { Speculation: true },
    modifiers: ['Speculation'],
    note: '',
    annotator: 'ana',
    createdAt: a5.createdAt,
    updatedAt: a5.updatedAt,
  };
  const documents: ExportDocument[] = [
    { document: d1, annotations: [a1, a2, a3, a4, a5], relations: [r1], events: [e1] },
    { document: d2, annotations: [b1, b2], relations: [] },
  ];
  return {
    projectId: 'p1',
    projectName: 'Hand-checked',
    schema: testCorpusSchema(),
    documents,
  };
}

/**
 * The schema of the test corpora, held still: the default schema's labels as they were when
 * the expected files were checked by hand (only the figure declares attributes), so a change of
 * the defaults does not change what those files must hold.
 */
function testCorpusSchema(): AnnotationSchema {
  const schema = defaultAnnotationSchema();
  const figureAttributes: AnnotationSchema['labels'][number]['attributes'] = [
    { name: 'value', type: 'number', description: 'The figure as a plain number (25% is 0.25).' },
    { name: 'unit', type: 'string', description: 'What is counted (mines, percent, …).' },
    {
      name: 'qualifier',
      type: 'choice',
      choices: ['over', 'under', 'about', 'nearly', 'at least', 'up to'],
      description: 'How the text hedges the figure ("over a million" is over 1,000,000).',
    },
  ];
  const labels = schema.labels.map((l) => ({ ...l, attributes: l.id === 'figure' ? figureAttributes : [] }));
  return { ...schema, labels, documentAttributes: [] };
}
