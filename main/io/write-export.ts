import { constants } from 'node:fs';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { isInside } from './path-inside';
import { createNewFile, tempPathBeside } from './temp-file-beside';
import type { ExportChunk } from '../../shared/formats/corpus/corpus-export';

/** Bytes gathered before each write: large enough for throughput, small enough to bound memory. */
const WRITE_BUFFER_BYTES = 1 << 20;

export interface WrittenExport {
  /** Every file written (absolute paths). */
  files: string[];
  bytes: number;
  /** The files of each annotator's work, by annotator id, for chunks that name one (an export keeping annotators apart). */
  annotatorFiles: Map<string, string[]>;
}

/**
 * Streams an exporter's chunks to disk: to `out` itself for single-file formats (through a
 * temporary file renamed at the end, so a cancelled or failed export leaves no half file), or to
 * files under the folder `out` for folder formats (a file met again is appended to). Stops between
 * chunks when `signal` aborts and removes what it wrote. Never writes through a symbolic link: the temporary file has a random
 * name and is created exclusively, the rename replaces a link at `out` instead of following it,
 * and a folder export refuses a file that is a link.
 */
export async function writeExport(
  chunks: Iterable<ExportChunk>,
  out: string,
  output: 'file' | 'folder',
  signal?: AbortSignal,
): Promise<WrittenExport> {
  const written = new WrittenFiles();
  const temporary = output === 'file' ? tempPathBeside(out, 'partial') : null;
  let handle: FileHandle | null = null;
  let current: string | null = null;
  let pending: string[] = [];
  /** What came before `pending`: text already encoded and a binary format's bytes (REFI-QDA's zip), in order. */
  let encoded: Uint8Array[] = [];
  let pendingLength = 0;
  let bytes = 0;

  // One write in flight while the next buffer is built: the disk and the exporter work side by side.
  let inFlight: Promise<unknown> | null = null;
  const encodePending = () => {
    if (pending.length > 0) encoded.push(Buffer.from(pending.join(''), 'utf8'));
    pending = [];
  };
  const flush = async () => {
    if (!handle || pendingLength === 0) return;
    encodePending();
    const buffer = encoded.length === 1 ? encoded[0]! : Buffer.concat(encoded);
    encoded = [];
    pendingLength = 0;
    bytes += buffer.length;
    await inFlight;
    inFlight = handle.write(buffer);
    // Awaited on the next flush or close; this only keeps a failure from counting as unhandled meanwhile.
    inFlight.catch(() => undefined);
  };
  const close = async () => {
    await flush();
    await inFlight;
    inFlight = null;
    await handle?.close();
    handle = null;
  };

  try {
    if (output === 'folder') await mkdir(out, { recursive: true });
    else await mkdir(dirname(out), { recursive: true });
    for (const chunk of chunks) {
      if (signal?.aborted) throw new ExportCancelled();
      const target = temporary ?? folderFile(out, chunk.file);
      if (target !== current) {
        await close();
        if (output === 'folder') await mkdir(dirname(target), { recursive: true });
        handle = output === 'file' ? await createNewFile(target) : await openFolderFile(target, written.has(target));
        written.add(target);
        current = target;
      }
      if (chunk.annotator !== undefined) written.addFor(chunk.annotator, temporary ? out : target);
      if (chunk.bytes) {
        encodePending();
        encoded.push(chunk.bytes);
        pendingLength += chunk.bytes.length;
      } else {
        pending.push(chunk.text);
        pendingLength += chunk.text.length;
      }
      if (pendingLength >= WRITE_BUFFER_BYTES) await flush();
    }
    if (!handle && temporary) {
      handle = await createNewFile(temporary);
      written.add(temporary);
    }
    await close();
    // A cancel that came in while the last bytes were written still leaves nothing behind.
    if (signal?.aborted) throw new ExportCancelled();
    if (temporary) {
      await rename(temporary, out);
      return { files: [out], bytes, annotatorFiles: written.annotatorFiles() };
    }
    return { files: written.list, bytes, annotatorFiles: written.annotatorFiles() };
  } catch (error) {
    await (inFlight as Promise<unknown> | null)?.catch(() => undefined);
    await (handle as FileHandle | null)?.close().catch(() => undefined);
    await Promise.all(written.list.map((f) => rm(f, { force: true })));
    throw error;
  }
}

/** Raised when an export is cancelled; what it had written is removed. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
  }
}

/** The files an export has written, in order, and the ones holding each annotator's work. */
class WrittenFiles {
  readonly list: string[] = [];
  readonly #known = new Set<string>();
  readonly #byAnnotator = new Map<string, Set<string>>();

  has(file: string): boolean {
    return this.#known.has(file);
  }

  add(file: string): void {
    if (this.#known.has(file)) return;
    this.#known.add(file);
    this.list.push(file);
  }

  addFor(annotator: string, file: string): void {
    const files = this.#byAnnotator.get(annotator) ?? new Set<string>();
    this.#byAnnotator.set(annotator, files.add(file));
  }

  annotatorFiles(): Map<string, string[]> {
    return new Map([...this.#byAnnotator].map(([annotator, files]) => [annotator, [...files]]));
  }
}

/**
 * Opens one file of a folder export, creating or emptying it, or to append to when this export
 * wrote it already; a symbolic link there is refused, not followed.
 */
async function openFolderFile(path: string, again: boolean): Promise<FileHandle> {
  try {
    const start = again ? constants.O_APPEND : constants.O_CREAT | constants.O_TRUNC;
    // O_NOFOLLOW (absent on Windows) makes open fail with ELOOP when the file is a link.
    return await open(path, constants.O_WRONLY | start | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error;
    throw new Error(
      `${path} is a symbolic link; Tagwright does not export through links. Remove it or export elsewhere.`,
      { cause: error },
    );
  }
}

function folderFile(folder: string, file: string): string {
  const target = join(folder, file);
  if (file === '' || isAbsolute(file) || target === folder || !isInside(folder, target)) {
    throw new Error(`An exporter named an output file outside the export folder: "${file}"`);
  }
  return target;
}
