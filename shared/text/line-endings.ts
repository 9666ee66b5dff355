export type LineEndingStyle = 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';

/** Names the line endings a text uses, so an import can record what it normalised. */
export function detectLineEndings(text: string): LineEndingStyle {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const cr = (text.match(/\r/g)?.length ?? 0) - crlf;
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
}

/** Turns CRLF and lone CR into LF: the only line ending a document's `text` holds. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
