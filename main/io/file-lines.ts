import { createReadStream } from 'node:fs';

/** Bytes read at a time: the lines of one chunk are handed over together. */
const CHUNK_BYTES = 1 << 20;

/** A file's bytes are not UTF-8 (or it cannot be read): the message says where, for the import's report. */
export class FileLinesError extends Error {}

/**
 * The non-blank lines of a UTF-8 text file (LF or CRLF, a byte-order mark skipped), each with its
 * 1-based number, read a chunk at a time and handed over a chunk's lines at a time: a file of any
 * size is never held whole, only the chunk and the line it ends inside. Bytes that are not UTF-8
 * raise FileLinesError naming the line; a read error (EACCES) propagates as it is.
 */
export async function* fileLines(path: string, chunkBytes = CHUNK_BYTES): AsyncGenerator<[string, number][]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  let n = 0;
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new FileLinesError(`is not valid UTF-8 text (at line ${n + 1})`);
    }
  };
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) {
    const text = rest + decode(chunk as Buffer);
    const lines: [string, number][] = [];
    let start = 0;
    for (let lf = text.indexOf('\n'); lf !== -1; lf = text.indexOf('\n', start)) {
      n++;
      const line = text.slice(start, lf > start && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf);
      if (line.trim() !== '') lines.push([line, n]);
      start = lf + 1;
    }
    rest = text.slice(start);
    if (lines.length > 0) yield lines;
  }
  const last = rest + decode();
  if (last.trim() !== '') yield [[last.endsWith('\r') ? last.slice(0, -1) : last, n + 1]];
}

/**
 * A file's first non-blank line (to tell its format), reading no further than the chunk it ends
 * in; null when the file has none, is not UTF-8 (a UTF-16 file is read whole instead) or cannot be read.
 */
export async function firstLine(path: string): Promise<string | null> {
  try {
    for await (const lines of fileLines(path, 1 << 16)) return lines[0]![0];
  } catch {
    // The whole-file reading reports what is wrong with the file.
  }
  return null;
}
