import type { Annotation, Project } from '../../shared/model';
import { groupAnnotationsByDocument, packAnnotations, toAnnotationColumns } from './annotation-columns';

/** How many documents or annotations go into one chunk: a few MB, a few ms of stringify each. */
const ROWS_PER_CHUNK = 5000;
/** How many annotations are grouped by document between two pauses of the chunked save. */
const ROWS_PER_GROUPING_PAUSE = 50000;

/** The project as its file holds it: the annotations as column blocks per document (format version 2). */
export function projectFileContent(project: Project): Record<string, unknown> {
  return {
    ...project,
    annotations: packAnnotations(
      project.annotations,
      project.documents.map((d) => d.id),
    ),
  };
}

/**
 * The project file's JSON, in pieces whose concatenation is exactly
 * `JSON.stringify(projectFileContent(project))`. A save writes them one by one, letting the event
 * loop run in between (an empty piece is only such a pause), so a 200 MB project never blocks the
 * main process for the seconds one big stringify takes. The big arrays are copied (pointers only)
 * up front: annotations are replaced, never mutated, so the copy is a snapshot.
 */
export function projectJsonChunks(project: Project): () => Generator<string> {
  const documentIds = project.documents.map((d) => d.id);
  const entries = Object.entries(project).map(
    ([key, value]) => [key, Array.isArray(value) ? [...(value as unknown[])] : value] as const,
  );
  return function* () {
    let first = true;
    for (const [key, value] of entries) {
      if (value === undefined) continue;
      const prefix = `${first ? '{' : ','}${JSON.stringify(key)}:`;
      first = false;
      if (key === 'annotations') {
        yield prefix;
        yield* annotationBlockChunks(value as Annotation[], documentIds);
      } else if (!Array.isArray(value) || value.length <= ROWS_PER_CHUNK) {
        yield prefix + JSON.stringify(value);
      } else {
        yield `${prefix}[`;
        for (let i = 0; i < value.length; i += ROWS_PER_CHUNK) {
          const rows = JSON.stringify(value.slice(i, i + ROWS_PER_CHUNK));
          yield (i === 0 ? '' : ',') + rows.slice(1, -1);
        }
        yield ']';
      }
    }
    yield first ? '{}' : '}';
  };
}

/** `[block,block,…]` for the annotations, grouped in slices and stringified a few thousand rows at a time. */
function* annotationBlockChunks(rows: Annotation[], documentIds: string[]): Generator<string> {
  const grouping = groupAnnotationsByDocument(rows, documentIds, ROWS_PER_GROUPING_PAUSE);
  let step = grouping.next();
  while (!step.done) {
    yield '';
    step = grouping.next();
  }
  let pending: string[] = [];
  let pendingRows = 0;
  let written = 0;
  for (const [documentId, group] of step.value) {
    pending.push(JSON.stringify(toAnnotationColumns(documentId, group)));
    pendingRows += group.length;
    if (pendingRows >= ROWS_PER_CHUNK) {
      yield (written === 0 ? '[' : ',') + pending.join(',');
      written += pending.length;
      pending = [];
      pendingRows = 0;
    }
  }
  yield (written === 0 ? '[' : pending.length > 0 ? ',' : '') + pending.join(',') + ']';
}
