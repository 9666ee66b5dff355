import { defaultAnnotationSchema, type Annotation, type Assignment } from '../../../shared/model';
import { progressReport, type ProgressSource } from '../../../shared/team/progress-report';

export interface ProgressFigure {
  documents: number;
  annotators: number;
  annotations: number;
  milliseconds: number;
}

/**
 * A project of `documents` documents, each assigned to all `annotators`, each of whom made
 * `spans` annotations there a minute apart (half of them later changed by a colleague): what the
 * Progress view's report reads.
 */
function progressSource(documents: number, annotators: number, spans: number): ProgressSource {
  const labels = defaultAnnotationSchema().labels;
  const people = Array.from({ length: annotators }, (_, a) => ({ id: `ann${a}`, name: `Annotator ${a}` }));
  const docs = Array.from({ length: documents }, (_, d) => ({ id: `d${d}`, title: `Document ${d}` }));
  const annotations: Annotation[] = [];
  const assignments: Assignment[] = [];
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  for (const [d, doc] of docs.entries()) {
    for (const [a, person] of people.entries()) {
      assignments.push({ documentId: doc.id, annotator: person.id, assignedAt: '2026-01-01T00:00:00.000Z' });
      for (let k = 0; k < spans; k++) {
        const created = new Date(start + ((d * annotators + a) * spans + k) * 60_000).toISOString();
        annotations.push({
          id: `a${d}-${a}-${k}`,
          documentId: doc.id,
          start: k * 10,
          end: k * 10 + 5,
          quote: 'words',
          label: labels[k % 4]!.id,
          attributes: {},
          note: '',
          annotator: person.id,
          createdAt: created,
          updatedAt: created,
          ...(k % 2 === 0 ? { updatedBy: people[(a + 1) % annotators]!.id } : {}),
        } as Annotation);
      }
    }
  }
  return {
    documents: docs as ProgressSource['documents'],
    annotators: people,
    assignments,
    annotations,
    relations: [],
    events: [],
  };
}

/** The report's time, best of `runs`: what main spends each time the Progress view re-reads it after a change. */
export function measureProgressBench(documents: number, annotators: number, spans: number, runs = 3): ProgressFigure {
  const source = progressSource(documents, annotators, spans);
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    progressReport(source);
    best = Math.min(best, performance.now() - started);
  }
  return { documents, annotators, annotations: source.annotations.length, milliseconds: best };
}
