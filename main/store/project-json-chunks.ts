import type { Project } from '../../shared/model';

/** How many documents or annotations go into one chunk: a few MB, a few ms of stringify each. */
const ROWS_PER_CHUNK = 5000;

/**
 * The project as JSON, in pieces whose concatenation is exactly `JSON.stringify(project)`. A save
 * writes them one by one, letting the event loop run in between, so a 200 MB project never
 * blocks the main process for the seconds one big stringify takes. The big arrays are copied
 * (pointers only) up front: annotations are replaced, never mutated, so the copy is a snapshot.
 */
export function projectJsonChunks(project: Project): () => Generator<string> {
  const entries = Object.entries(project).map(
    ([key, value]) => [key, Array.isArray(value) ? [...(value as unknown[])] : value] as const,
  );
  return function* () {
    let first = true;
    for (const [key, value] of entries) {
      if (value === undefined) continue;
      const prefix = `${first ? '{' : ','}${JSON.stringify(key)}:`;
      first = false;
      if (!Array.isArray(value) || value.length <= ROWS_PER_CHUNK) {
        yield prefix + JSON.stringify(value);
        continue;
      }
      yield `${prefix}[`;
      for (let i = 0; i < value.length; i += ROWS_PER_CHUNK) {
        const rows = JSON.stringify(value.slice(i, i + ROWS_PER_CHUNK));
        yield (i === 0 ? '' : ',') + rows.slice(1, -1);
      }
      yield ']';
    }
    yield first ? '{}' : '}';
  };
}
