import { isUtf8 } from 'node:buffer';
import { createHash, webcrypto } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, open, readFile, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createNewFile, removeLeftoverTempFiles, removingTempOnFailure, tempPathBeside } from '../io/temp-file-beside';

/** What a write takes: the whole text, or a function giving it in pieces (big projects). */
export type WriteSource = string | Uint8Array | (() => Iterable<string>);

/** What we last knew of a file on disk: enough to tell whether someone else changed it since. */
interface FileFingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/**
 * Hex SHA-256 of a file's bytes: what FileFingerprint compares when size or time moved. WebCrypto
 * hashes on the thread pool, so a 200 MB project does not block the main process's event loop.
 */
async function hashBytes(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

/**
 * A text file written crash-safely: the new content goes to a temp file beside the target, is
 * fsynced, renamed over the target, and the folder is fsynced, so after a power cut the file holds
 * the old or the new content, whole. lowdb's steno renames without fsync, which can leave an empty
 * or half-written file after a crash on ext4/NTFS. Concurrent writes are coalesced like steno's:
 * while one write runs, only the newest pending text is kept and written next.
 *
 * Each temp file has a fresh random name and is created exclusively, so a link planted beside the
 * project is never written through; the rename replaces a link at the target itself rather than
 * following it. A failed write removes its temp file (it would hold space on a full disk).
 */
export class DurableTextFile {
  #leftoversRemoved = false;
  #running: Promise<void> | null = null;
  #nextText: WriteSource | null = null;
  #nextWaiters: { resolve: () => void; reject: (error: unknown) => void }[] = [];
  #fingerprint: FileFingerprint | null = null;
  #validUtf8 = true;
  #hashing: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  /** False when the last read found invalid UTF-8 (replaced by U+FFFD in the text it returned). */
  get lastReadWasValidUtf8(): boolean {
    return this.#validUtf8;
  }

  /** Reads the file (null when it does not exist) and remembers its fingerprint; see lastReadWasValidUtf8. */
  async read(): Promise<string | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const info = await stat(this.path);
    // The hash runs on the thread pool and is not waited for: only a later change check needs it,
    // and a 200 MB project opens a few hundred ms sooner.
    const fingerprint: FileFingerprint = { size: info.size, mtimeMs: info.mtimeMs, sha256: '' };
    this.#fingerprint = fingerprint;
    this.#hashing = hashBytes(bytes).then((sha256) => {
      fingerprint.sha256 = sha256;
    });
    // We only ever write valid UTF-8: invalid bytes mean damage, which the reader must hear about.
    this.#validUtf8 = isUtf8(bytes);
    return bytes.toString('utf8');
  }

  /** Writes `text`; resolves once it is durable on disk (or superseded by a newer text that is). */
  write(text: WriteSource): Promise<void> {
    if (!this.#running) {
      this.#running = this.#writeNow(text).finally(() => this.#startNext());
      return this.#running;
    }
    this.#nextText = text;
    return new Promise((resolve, reject) => this.#nextWaiters.push({ resolve, reject }));
  }

  /**
   * Whether the file on disk is still what we last read or wrote. Size and time are compared
   * first; only when they moved is the content hashed (sync tools touch times without changes).
   */
  async changedOnDisk(): Promise<'unchanged' | 'modified' | 'deleted'> {
    await this.#hashing;
    const known = this.#fingerprint;
    if (!known) return 'unchanged';
    let info;
    try {
      info = await stat(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'deleted';
      throw error;
    }
    if (info.size === known.size && info.mtimeMs === known.mtimeMs) return 'unchanged';
    if (info.size !== known.size) return 'modified';
    const bytes = await readFile(this.path).catch(() => null);
    if (bytes === null) return 'deleted';
    if ((await hashBytes(bytes)) !== known.sha256) return 'modified';
    // Same content, new time: remember the new time so the next check is cheap again.
    this.#fingerprint = { ...known, mtimeMs: info.mtimeMs };
    return 'unchanged';
  }

  #startNext(): void {
    this.#running = null;
    if (this.#nextText === null) return;
    const text = this.#nextText;
    const waiters = this.#nextWaiters;
    this.#nextText = null;
    this.#nextWaiters = [];
    this.write(text).then(
      () => waiters.forEach((w) => w.resolve()),
      (error: unknown) => waiters.forEach((w) => w.reject(error)),
    );
  }

  async #writeNow(source: WriteSource): Promise<void> {
    if (!this.#leftoversRemoved) {
      // Only writers get here (a read-only window never writes), so no one else's save is in flight.
      this.#leftoversRemoved = true;
      await removeLeftoverTempFiles(this.path);
    }
    const temp = tempPathBeside(this.path);
    const sha256 = await removingTempOnFailure(temp, async () => {
      const hash = await writeSynced(temp, source);
      await renameWithRetry(temp, this.path);
      return hash;
    });
    await syncFolder(dirname(this.path));
    const info = await stat(this.path);
    this.#fingerprint = { size: info.size, mtimeMs: info.mtimeMs, sha256 };
  }
}

/** Writes `source` into a new file at `path` and fsyncs it; returns the SHA-256 of the bytes written. */
async function writeSynced(path: string, source: WriteSource): Promise<string> {
  const handle = await createNewFile(path);
  try {
    let sha256: string;
    if (typeof source === 'function') {
      // Piece by piece: each await lets the event loop run, and the hash follows along.
      const hash = createHash('sha256');
      for (const chunk of source()) {
        if (chunk.length === 0) {
          // An empty piece is the source asking for a pause while it prepares the next one.
          await new Promise(setImmediate);
          continue;
        }
        const bytes = Buffer.from(chunk, 'utf8');
        hash.update(bytes);
        await handle.write(bytes);
      }
      sha256 = hash.digest('hex');
    } else {
      const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
      await handle.writeFile(bytes);
      sha256 = await hashBytes(bytes);
    }
    await handle.sync();
    return sha256;
  } finally {
    await handle.close();
  }
}

/**
 * Copies a file crash-safely (temp copy beside the target, fsync, rename, folder fsync) without
 * holding it in memory: backups of a 200 MB project go through the kernel's copy.
 */
export async function copyFileDurably(from: string, to: string): Promise<void> {
  const temp = tempPathBeside(to);
  await removingTempOnFailure(temp, async () => {
    // COPYFILE_EXCL creates the copy with O_EXCL: never through a link planted at the temp name.
    await copyFile(from, temp, constants.COPYFILE_EXCL);
    const handle = await open(temp, constants.O_RDWR | (constants.O_NOFOLLOW ?? 0));
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, to);
  });
  await syncFolder(dirname(to));
}

/** Windows refuses a rename while another program (an indexer, an antivirus) holds the target briefly. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 9 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Makes the rename itself durable where the platform allows fsync on a folder (not on Windows). */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows and some network file systems cannot open or fsync a folder; the rename still happened.
  } finally {
    await handle?.close().catch(() => {});
  }
}
