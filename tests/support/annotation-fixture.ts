import type { Annotation } from '../../shared/model';

const at = '2026-01-01T00:00:00.000Z';

/** An annotation of `text` for tests: the quote is cut from the text, the rest defaulted or overridden. */
export function annotationOf(
  text: string,
  id: string,
  start: number,
  end: number,
  overrides: Partial<Annotation> = {},
): Annotation {
  return {
    id,
    documentId: 'doc',
    start,
    end,
    quote: text.slice(start, end),
    label: 'claim',
    attributes: {},
    note: '',
    annotator: 'test',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
