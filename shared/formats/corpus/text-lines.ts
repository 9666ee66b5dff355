/**
 * Every line of a file (LF or CRLF), blank ones included, with its 1-based number: the token-line
 * formats (CoNLL, CoNLL-U, WebAnno TSV) end sentences with a blank line. Lazy, one pass: reading
 * the first record of a big file does not split the whole file, and a file of millions of lines
 * is never one array.
 */
export function* fileLines(text: string): Generator<[string, number]> {
  let n = 0;
  for (let start = 0; start < text.length;) {
    const lf = text.indexOf('\n', start);
    const end = lf === -1 ? text.length : lf;
    n++;
    // A CR is dropped only before an LF: a lone or final CR is part of the line.
    yield [text.slice(start, lf > start && text.charCodeAt(lf - 1) === 13 ? lf - 1 : end), n];
    start = end + 1;
  }
}

/** A file's lines (LF or CRLF), with their 1-based numbers, skipping blank ones. Lazy, as fileLines. */
export function* nonBlankLines(text: string): Generator<[string, number]> {
  for (const [line, n] of fileLines(text)) if (line.trim() !== '') yield [line, n];
}
