import { utf8Encode } from '../../text/utf8-coding';
import { crc32 } from './crc32';

/** MS-DOS date of 1980-01-01, 00:00: every entry's time, so that two exports are the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** General purpose flag bit 11: the entry's name is UTF-8. */
const UTF8_NAMES = 1 << 11;

interface CentralEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  offset: number;
}

/**
 * Writes a zip archive (APPNOTE 6.3.x) one entry at a time, each as the bytes to append: entries
 * are stored, not deflated (shared/ has no zlib, and an exporter streams), with their CRC-32 and
 * sizes in the local header. Over 4 GiB would need Zip64, which this refuses.
 */
export class ZipWriter {
  readonly #entries: CentralEntry[] = [];
  #offset = 0;

  /** The local header and data of one file, `name` a path with `/` separators. */
  entry(name: string, data: Uint8Array): Uint8Array {
    const header = this.header(name, [data]);
    const out = new Uint8Array(header.length + data.length);
    out.set(header);
    out.set(data, header.length);
    return out;
  }

  /** The local header of a file whose data are `parts`, in order: the archive's next bytes are then the parts. */
  header(name: string, parts: readonly Uint8Array[]): Uint8Array {
    const encodedName = utf8Encode(name);
    let crc = 0;
    let size = 0;
    for (const part of parts) {
      crc = crc32(part, crc);
      size += part.length;
    }
    const out = new Uint8Array(30 + encodedName.length);
    const view = new DataView(out.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true); // version needed: 2.0
    view.setUint16(6, UTF8_NAMES, true);
    view.setUint16(8, 0, true); // stored
    view.setUint16(10, 0, true); // time 00:00
    view.setUint16(12, DOS_DATE, true);
    view.setUint32(14, crc, true);
    view.setUint32(18, size, true);
    view.setUint32(22, size, true);
    view.setUint16(26, encodedName.length, true);
    view.setUint16(28, 0, true);
    out.set(encodedName, 30);
    this.#entries.push({ name: encodedName, crc, size, offset: this.#offset });
    this.#offset += out.length + size;
    if (this.#offset > 0xffffffff) throw new Error('The archive is over 4 GiB, more than a zip without Zip64 holds.');
    return out;
  }

  /** The central directory and its end record: the archive's last bytes. */
  finish(): Uint8Array {
    const size = this.#entries.reduce((n, e) => n + 46 + e.name.length, 0);
    const out = new Uint8Array(size + 22);
    const view = new DataView(out.buffer);
    let at = 0;
    for (const e of this.#entries) {
      view.setUint32(at, 0x02014b50, true);
      view.setUint16(at + 4, 20, true); // made by: 2.0, MS-DOS attributes
      view.setUint16(at + 6, 20, true);
      view.setUint16(at + 8, UTF8_NAMES, true);
      view.setUint16(at + 10, 0, true);
      view.setUint16(at + 12, 0, true);
      view.setUint16(at + 14, DOS_DATE, true);
      view.setUint32(at + 16, e.crc, true);
      view.setUint32(at + 20, e.size, true);
      view.setUint32(at + 24, e.size, true);
      view.setUint16(at + 28, e.name.length, true);
      // extra, comment, disk number, internal and external attributes: none
      view.setUint32(at + 42, e.offset, true);
      out.set(e.name, at + 46);
      at += 46 + e.name.length;
    }
    view.setUint32(at, 0x06054b50, true);
    view.setUint16(at + 8, this.#entries.length, true);
    view.setUint16(at + 10, this.#entries.length, true);
    view.setUint32(at + 12, size, true);
    view.setUint32(at + 16, this.#offset, true);
    if (this.#entries.length > 0xffff)
      throw new Error('The archive has over 65,535 files, more than a zip without Zip64 holds.');
    return out;
  }
}
