import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Project } from '../../shared/model';
import type { BackupInfo } from '../../shared/ipc/views';
import { DurableTextFile, copyFileDurably } from './durable-text-file';
import { parseProjectFile } from './parse-project-file';
import { ProjectFileError } from './project-file-error';
import { projectFilePath } from './project-file-path';
import { fitFileName } from '../io/fit-file-name';

export interface BackupPolicy {
  /** How many of the newest backups are always kept. */
  keepLast: number;
  /** Besides those, the newest backup of each of the last this-many days. */
  keepDailyDays: number;
}

export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keepLast: 10, keepDailyDays: 7 };

const BACKUP_NAME =
  /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-(\d+))?\.(open|periodic|migration|restore)\.tagwright$/;

/**
 * The folder beside a project that holds its backups: `<name>.tagwright-backups/` (a long name
 * shortened so the folder's name fits in 255 bytes: see fitFileName).
 */
export function backupFolderOf(projectPath: string): string {
  const stem = projectFilePath(basename(projectPath));
  return join(dirname(projectPath), `${fitFileName(stem, BACKUPS_SUFFIX.length)}${BACKUPS_SUFFIX}`);
}

const BACKUPS_SUFFIX = '-backups';

/** The project's backups, newest first. A missing folder means none. */
export async function listBackups(projectPath: string): Promise<BackupInfo[]> {
  const folder = backupFolderOf(projectPath);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const backups: BackupInfo[] = [];
  for (const name of names) {
    const match = BACKUP_NAME.exec(name);
    if (!match) continue;
    const info = await stat(join(folder, name)).catch(() => null);
    if (!info?.isFile()) continue;
    backups.push({
      id: name,
      takenAt: fromFileTime(match[1]!),
      reason: match[3] as BackupInfo['reason'],
      size: info.size,
    });
  }
  return backups.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * Copies the project file into its backup folder (crash-safely), unless the newest backup already
 * holds the same bytes, then prunes old backups. Returns the backup made, or null when none was
 * needed (no file, or unchanged since the last backup).
 */
export async function takeBackup(
  projectPath: string,
  reason: BackupInfo['reason'],
  options: { now?: Date; policy?: BackupPolicy } = {},
): Promise<BackupInfo | null> {
  const info = await stat(projectPath).catch(() => null);
  if (!info?.isFile()) return null;
  const existing = await listBackups(projectPath);
  const newest = existing[0];
  if (newest && reason !== 'migration' && newest.size === info.size) {
    const same = await sameContent(projectPath, join(backupFolderOf(projectPath), newest.id));
    if (same) return null;
  }
  const folder = backupFolderOf(projectPath);
  await mkdir(folder, { recursive: true });
  const takenAt = options.now ?? new Date();
  let id = `${toFileTime(takenAt)}.${reason}.tagwright`;
  // Two backups in one millisecond (tests, quick restores) get a counter rather than overwrite.
  for (let n = 1; existing.some((b) => b.id === id); n++) id = `${toFileTime(takenAt)}-${n}.${reason}.tagwright`;
  await copyFileDurably(projectPath, join(folder, id));
  await pruneBackups(projectPath, options.policy ?? DEFAULT_BACKUP_POLICY, takenAt);
  return { id, takenAt: takenAt.toISOString(), reason, size: info.size };
}

/**
 * Keeps the newest `keepLast`, the newest of each of the last `keepDailyDays` days, and every
 * pre-migration original (the only copy of the old format); removes the rest.
 */
export async function pruneBackups(projectPath: string, policy: BackupPolicy, now: Date): Promise<string[]> {
  const backups = await listBackups(projectPath);
  const keep = new Set(backups.slice(0, policy.keepLast).map((b) => b.id));
  const days = new Set<string>();
  const oldest = now.getTime() - policy.keepDailyDays * 24 * 3600_000;
  for (const b of backups) {
    if (b.reason === 'migration') keep.add(b.id);
    const day = b.takenAt.slice(0, 10);
    if (Date.parse(b.takenAt) >= oldest && !days.has(day)) {
      days.add(day);
      keep.add(b.id);
    }
  }
  const removed = backups.filter((b) => !keep.has(b.id)).map((b) => b.id);
  for (const id of removed) await unlink(join(backupFolderOf(projectPath), id)).catch(() => {});
  return removed;
}

/** Reads and validates one backup; throws ProjectFileError when it is damaged or not ours. */
export async function readBackup(projectPath: string, backupId: string): Promise<Project> {
  const path = await backupPath(projectPath, backupId);
  const file = new DurableTextFile(path);
  const text = await file.read();
  if (text === null) throw new ProjectFileError(path, 'the backup has gone');
  const { project } = parseProjectFile(text, path);
  if (!file.lastReadWasValidUtf8) throw new ProjectFileError(path, 'the backup is not valid UTF-8 text');
  return project;
}

/** The newest backup that opens, with its project; null when there is none. */
export async function newestValidBackup(projectPath: string): Promise<{ backup: BackupInfo; project: Project } | null> {
  for (const backup of await listBackups(projectPath)) {
    try {
      return { backup, project: await readBackup(projectPath, backup.id) };
    } catch {
      // A damaged backup: try the next older one.
    }
  }
  return null;
}

/**
 * Puts a backup in place of the project file. The current file (even a damaged one) is backed up
 * first, so a restore can itself be undone from the backup list. The caller checks the backup with
 * readBackup first (before it closes the open project), so a big backup is not parsed twice here.
 */
export async function restoreBackupFile(projectPath: string, backupId: string, now = new Date()): Promise<void> {
  const path = await backupPath(projectPath, backupId);
  await takeBackup(projectPath, 'restore', { now });
  await copyFileDurably(path, projectPath);
}

/** Byte for byte (a memcmp), not through two SHA-256 runs: the open-time backup of a 200 MB project compares two such files. */
async function sameContent(a: string, b: string): Promise<boolean> {
  const [bytesA, bytesB] = await Promise.all([readFile(a), readFile(b).catch(() => null)]);
  return bytesB !== null && bytesA.equals(bytesB);
}

async function backupPath(projectPath: string, backupId: string): Promise<string> {
  if (!BACKUP_NAME.test(backupId) || !(await listBackups(projectPath)).some((b) => b.id === backupId)) {
    throw new ProjectFileError(projectPath, `there is no backup named "${backupId}"`);
  }
  return join(backupFolderOf(projectPath), backupId);
}

/** ISO time with the colons and dot a Windows file name cannot hold replaced by dashes. */
function toFileTime(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

function fromFileTime(text: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/.exec(text);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : text;
}
