import { existsSync, lstatSync } from 'node:fs';
import { mkdir, readdir, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { TagwrightError } from '../../shared/ipc/result';
import type { ExportDelivery, ProjectFileChoice } from '../../shared/ipc/views';
import type { DialogPort } from '../ipc/dialog-port';
import { ExportDownloads } from './export-downloads';
import { isInside } from '../io/path-inside';
import { projectFileStem } from '../io/fit-file-name';

const PROJECT_EXTENSION = '.tagwright';

export interface ServerDialogOptions {
  /** Where new projects are created and projects are listed for opening. */
  projectsDir: string;
  /** Project files the user named on the command line (and the sample), openable wherever they are. */
  projectFiles: string[];
  /** The folder the user named for exports written on the server's side (--export-dir); paths inside may be named too. */
  exportDir?: string;
}

/** The default projects folder: Tagwright under the user's documents folder (or home when there is none). */
export function defaultProjectsDir(home: string = homedir()): string {
  const documents = join(home, 'Documents');
  return join(existsSync(documents) ? documents : home, 'Tagwright');
}

/**
 * The DialogPort of browser mode. The page cannot show native dialogs, and a web page must never
 * name arbitrary files on the server, so: new projects and copies go into the projects folder
 * under a fresh name, opening is a choice among the project files listed from the folders the
 * command line allowed, import goes through upload (importDocumentFiles), so its dialog is
 * always "cancelled", and an export is written under a fresh name in --export-dir or, without
 * one, offered as a download.
 */
export class ServerDialogs implements DialogPort {
  readonly projectsDir: string;
  /** Where server-side exports go; null when the command line named none (exports are downloads then). */
  readonly exportDir: string | null;
  readonly #projectFiles: string[];
  readonly #folders: string[];
  /** Exports written for download when there is no export folder. */
  readonly downloads = new ExportDownloads();

  constructor(options: ServerDialogOptions) {
    this.projectsDir = resolve(options.projectsDir);
    this.#projectFiles = options.projectFiles.map((p) => resolve(p));
    this.exportDir = options.exportDir ? resolve(options.exportDir) : null;
    this.#folders = [this.projectsDir, ...(this.exportDir ? [this.exportDir] : [])];
  }

  async chooseNewProjectPath(suggestedName: string): Promise<string | null> {
    await mkdir(this.projectsDir, { recursive: true });
    return freshPath(this.projectsDir, safeFileName(suggestedName), PROJECT_EXTENSION);
  }

  async chooseProjectToOpen(): Promise<string | null> {
    return null;
  }

  async chooseSaveAsPath(currentPath: string): Promise<string | null> {
    await mkdir(this.projectsDir, { recursive: true });
    return freshPath(this.projectsDir, `${basename(currentPath, extname(currentPath))} copy`, PROJECT_EXTENSION);
  }

  /** An annotator's copy goes in the projects folder, under a name not taken. */
  async chooseHandoutPath(suggestedName: string): Promise<string | null> {
    await mkdir(this.projectsDir, { recursive: true });
    return freshPath(this.projectsDir, safeFileName(suggestedName), PROJECT_EXTENSION);
  }

  async chooseFilesToImport(): Promise<string[] | null> {
    return null;
  }

  /**
   * A fresh file (or folder, for folder formats) in the export folder, never one that exists; without
   * an export folder, a file to download; folder formats then need the export folder.
   */
  async chooseExportDestination(format: string, kind: 'file' | 'folder', suggestedName: string): Promise<string> {
    const extension = kind === 'file' ? extname(suggestedName) : '';
    const base = safeFileName(basename(suggestedName, extension), 'corpus');
    if (this.exportDir) {
      await mkdir(this.exportDir, { recursive: true });
      return freshPath(this.exportDir, base, safeExtension(extension));
    }
    if (kind === 'folder') {
      throw new TagwrightError(
        'forbidden',
        `The ${format} format writes a folder of files, which a browser tab cannot download as one file. ` +
          'Restart with `tagwright serve --export-dir FOLDER` to write it into that folder on the server.',
      );
    }
    return (await this.downloads.reserve(`${base}${safeExtension(extension)}`)).path;
  }

  /** A download for paths reserved as downloads; otherwise the files are in the export folder, on the server. */
  exportDelivery(path: string): ExportDelivery {
    const id = this.downloads.idOf(path);
    return id ? { download: ExportDownloads.url(id, path) } : { onServer: true };
  }

  /** There is no file manager to open from a browser tab: the page lists showExportedFiles' paths instead. */
  async showItemInFolder(): Promise<void> {}

  /** The .tagwright files in the projects folder, plus the ones named on the command line, newest first. */
  async listProjectFiles(): Promise<ProjectFileChoice[]> {
    const names = await readdir(this.projectsDir).catch(() => [] as string[]);
    const candidates = [
      ...names.filter((n) => extname(n).toLowerCase() === PROJECT_EXTENSION).map((n) => join(this.projectsDir, n)),
      ...this.#projectFiles,
    ];
    const choices = new Map<string, ProjectFileChoice>();
    for (const path of candidates) {
      const info = await stat(path).catch(() => null);
      if (!info?.isFile() || !(await this.isAllowedPath(path))) continue;
      choices.set(path, { path, name: basename(path, extname(path)), modifiedAt: info.mtime.toISOString() });
    }
    return [...choices.values()].sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt));
  }

  /** Inside an allowed folder once links are resolved, or exactly a project file named on the command line. */
  async isAllowedPath(path: string): Promise<boolean> {
    const absolute = resolve(path);
    if (this.#projectFiles.includes(absolute)) return true;
    const real = await realPathOfExistingPart(absolute);
    for (const folder of this.#folders) {
      const realFolder = await realpath(folder).catch(() => folder);
      if (isInside(realFolder, real)) return true;
    }
    return false;
  }
}

/** A file name made from what the user typed: no separators, no control characters, no leading dots. */
function safeFileName(name: string, fallback = 'Untitled project'): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[/\\:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/^[.\s]+/, '')
    .trim();
  // Cut by bytes (file names are limited in bytes): 150 CJK characters were 450 bytes, ENAMETOOLONG.
  return projectFileStem(cleaned).trim() || fallback;
}

/** An extension as exporters name them (`.jsonl`, `.spacy`), or none. */
function safeExtension(extension: string): string {
  return /^\.[A-Za-z0-9]{1,10}$/.test(extension) ? extension : '';
}

/** `dir/base.ext`, or `dir/base 2.ext` and so on: never a file, folder or link that exists. */
function freshPath(dir: string, base: string, extension: string): string {
  for (let n = 1; ; n++) {
    const path = join(dir, `${n === 1 ? base : `${base} ${n}`}${extension}`);
    // lstat: a dangling link counts as taken, so nothing is ever written through it.
    if (!lstatSync(path, { throwIfNoEntry: false })) return path;
  }
}

/** The real path of `path`'s deepest existing ancestor, joined with the part that does not exist yet. */
async function realPathOfExistingPart(path: string): Promise<string> {
  const real = await realpath(path).catch(() => null);
  if (real) return real;
  const parent = dirname(path);
  if (parent === path) return path;
  return join(await realPathOfExistingPart(parent), basename(path));
}
