import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { readZip, ZipError } from '../../shared/formats/corpus/zip-reader';

/**
 * A zip archive's files (a REFI-QDA .qdpx), read whole and checked entry by entry (CRC-32, sizes),
 * unpacking at most `maxBytes` in all; or why it cannot be read, in words for the user.
 */
export async function readZipArchive(
  path: string,
  maxBytes: number,
): Promise<{ ok: true; files: Map<string, Uint8Array> } | { ok: false; reason: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    // maxOutputLength stops a deflate stream that unpacks past its declared size (a zip bomb) early.
    const inflate = (data: Uint8Array, size: number) => inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
    return { ok: true, files: readZip(bytes, inflate, maxBytes) };
  } catch (error) {
    if (!(error instanceof ZipError)) throw error;
    return { ok: false, reason: `is not a readable archive: ${error.message}` };
  }
}
