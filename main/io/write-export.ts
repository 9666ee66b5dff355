import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { isInside } from './path-inside';
import type { ExportChunk } from '../../shared/formats/corpus-export';

/** Bytes gathered before each write: large enough for throughput, small enough to bound memory. */
const WRITE_BUFFER_BYTES = 1 << 20;

export interface WrittenExport {
  /** Every file written (absolute paths). */
  files: string[];
  bytes: number;
}

/**
 * Streams an exporter's chunks to disk: to `out` itself for single-file formats (through a
 * temporary file renamed at the end, so a cancelled or failed export leaves no half file), or to
 * files under the folder `out` for folder formats. Stops between chunks when `signal` aborts and
 * removes what it wrote.
 */
export async function writeExport(
  chunks: Iterable<ExportChunk>,
  out: string,
  output: 'file' | 'folder',
  signal?: AbortSignal,
): Promise<WrittenExport> {
  const written: string[] = [];
  const temporary = output === 'file' ? `${out}.partial-${process.pid}` : null;
  let handle: FileHandle | null = null;
  let current: string | null = null;
  let pending: string[] = [];
  let pendingLength = 0;
  let bytes = 0;

  // One write in flight while the next buffer is built: the disk and the exporter work side by side.
  let inFlight: Promise<unknown> | null = null;
  const flush = async () => {
    if (!handle || pendingLength === 0) return;
    const buffer = Buffer.from(pending.join(''), 'utf8');
    pending = [];
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
        handle = await open(target, 'w');
        written.push(target);
        current = target;
      }
      pending.push(chunk.text);
      pendingLength += chunk.text.length;
      if (pendingLength >= WRITE_BUFFER_BYTES) await flush();
    }
    if (!handle && temporary) {
      handle = await open(temporary, 'w');
      written.push(temporary);
    }
    await close();
    // A cancel that came in while the last bytes were written still leaves nothing behind.
    if (signal?.aborted) throw new ExportCancelled();
    if (temporary) {
      await rename(temporary, out);
      return { files: [out], bytes };
    }
    return { files: written, bytes };
  } catch (error) {
    await (inFlight as Promise<unknown> | null)?.catch(() => undefined);
    await (handle as FileHandle | null)?.close().catch(() => undefined);
    await Promise.all(written.map((f) => rm(f, { force: true })));
    throw error;
  }
}

/** Raised when an export is cancelled; what it had written is removed. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
  }
}

function folderFile(folder: string, file: string): string {
  const target = join(folder, file);
  if (file === '' || isAbsolute(file) || target === folder || !isInside(folder, target)) {
    throw new Error(`An exporter named an output file outside the export folder: "${file}"`);
  }
  return target;
}
