import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const DOWNLOAD_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * Exports a browser-mode page downloads (no --export-dir): each one written into its own folder
 * under a private temp folder, and reachable only by the random id handed to the page. The page
 * names an id, never a path, so it can fetch nothing else.
 */
export class ExportDownloads {
  #root: Promise<string> | null = null;
  readonly #paths = new Map<string, string>();

  /** A fresh path for a file called `fileName` and the id it will be downloaded by. */
  async reserve(fileName: string): Promise<{ id: string; path: string }> {
    this.#root ??= mkdtemp(join(tmpdir(), 'tagwright-downloads-'));
    const id = randomBytes(16).toString('base64url');
    const dir = join(await this.#root, id);
    await mkdir(dir);
    const path = join(dir, fileName);
    this.#paths.set(id, path);
    return { id, path };
  }

  /** The file a download id stands for; null for an id this server did not hand out. */
  pathOf(id: string): string | null {
    return DOWNLOAD_ID.test(id) ? (this.#paths.get(id) ?? null) : null;
  }

  /** The download id of a reserved path, if it is one. */
  idOf(path: string): string | null {
    for (const [id, p] of this.#paths) if (p === path) return id;
    return null;
  }

  /** The address the page downloads `id` from. */
  static url(id: string, path: string): { url: string; fileName: string } {
    return { url: `/api/export/${id}`, fileName: basename(path) };
  }

  /** Removes every download (the server is stopping). */
  async removeAll(): Promise<void> {
    this.#paths.clear();
    const root = this.#root;
    this.#root = null;
    if (root) await rm(await root, { recursive: true, force: true });
  }
}
