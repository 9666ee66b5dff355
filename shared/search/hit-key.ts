import type { TextSpan } from '../text/text-span';

/** One string per hit (its document and span), to select hits and find them again in a later search's results. */
export function hitKey(hit: TextSpan & { documentId: string }): string {
  return `${hit.documentId}:${hit.start}:${hit.end}`;
}
