import { utf8Decode } from '../../text/utf8-coding';
import { crc32 } from './crc32';

/** Decompresses raw DEFLATE data (method 8) into at most `maxBytes`: main passes node:zlib's. */
export type InflateRaw = (data: Uint8Array, maxBytes: number) => Uint8Array;

/** Why an archive cannot be read, in words for the user. */
export class ZipError extends Error {}

/**
 * Reads every file of a zip archive from its central directory: stored and deflated entries,
 * each checked against its CRC-32 and size. Anything else (encryption, Zip64, another method, a
 * cut or damaged archive) is a ZipError saying what; nothing is returned half read. Folders are
 * left out. `maxBytes` bounds the total unpacked size (a zip bomb is refused, not unpacked).
 */
export function readZip(bytes: Uint8Array, inflateRaw: InflateRaw, maxBytes: number): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ZipError('it is a Zip64 archive, which Tagwright does not read');
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new ZipError(`its central directory is damaged (entry ${i + 1} of ${count})`);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = utf8Decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === null) throw new ZipError(`the name of entry ${i + 1} is not UTF-8`);
    at = next;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new ZipError(`${name} is encrypted`);
    total += size;
    if (total > maxBytes) throw new ZipError(`it unpacks to over ${Math.round(maxBytes / 1048576)} MiB`);
    const data = entryData(bytes, view, local, packed, name);
    const unpacked = method === 0 ? data : method === 8 ? inflated(inflateRaw, data, size, name) : null;
    if (!unpacked)
      throw new ZipError(`${name} is compressed with method ${method}; only stored and deflated files are read`);
    if (unpacked.length !== size || crc32(unpacked) !== crc)
      throw new ZipError(`${name} is damaged (its size or checksum does not match)`);
    files.set(name, unpacked);
  }
  return files;
}

/** The end of central directory record, searched from the end (a comment may follow it). */
function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (view.getUint32(at, true) === 0x06054b50) return at;
  throw new ZipError('it is not a zip archive (no end of central directory: cut short, or another kind of file)');
}

function entryData(bytes: Uint8Array, view: DataView, local: number, packed: number, name: string): Uint8Array {
  if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50)
    throw new ZipError(`${name}'s local header is missing or damaged`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + packed > bytes.length) throw new ZipError(`${name} is cut short`);
  return bytes.subarray(start, start + packed);
}

function inflated(inflateRaw: InflateRaw, data: Uint8Array, size: number, name: string): Uint8Array {
  try {
    return inflateRaw(data, size);
  } catch {
    throw new ZipError(`${name} is damaged (its compressed data cannot be read)`);
  }
}
