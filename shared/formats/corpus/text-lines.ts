/**
 * A file's lines (LF or CRLF), with their 1-based numbers, skipping blank ones. Lazy: reading the
 * first record of a big file does not split the whole file.
 */
export function* nonBlankLines(text: string): Generator<[string, number]> {
  let n = 0;
  for (let start = 0; start <= text.length;) {
    const lf = text.indexOf('\n', start);
    const end = lf === -1 ? text.length : lf;
    n++;
    const line = text.slice(start, lf > start && text.charCodeAt(lf - 1) === 13 ? lf - 1 : end);
    if (line.trim() !== '') yield [line, n];
    start = end + 1;
  }
}
