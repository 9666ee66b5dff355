import type { z } from 'zod';
import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  findIntegrityProblems,
  projectSchema,
  type Project,
} from '../../shared/model';
import { ProjectFileError } from './project-file-error';
import { migrateProject } from './project-migrations';

export interface ParsedProjectFile {
  project: Project;
  /** The version the file was written in; lower than PROJECT_VERSION when it was migrated. */
  fileVersion: number;
}

/** Reads a project file's text: JSON, then format and version, then migration, schema and integrity. */
export function parseProjectFile(text: string, filePath: string): ParsedProjectFile {
  let raw: unknown;
  try {
    raw = JSON.parse(stripBom(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ProjectFileError(filePath, `the file is not valid JSON (${reason}); it may be damaged or truncated`);
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== PROJECT_FORMAT
  ) {
    throw new ProjectFileError(filePath, `this is not a Tagwright project (no "format": "${PROJECT_FORMAT}")`);
  }
  const record = raw as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ProjectFileError(filePath, `the format version ${JSON.stringify(version)} is not a valid version number`);
  }
  if (version > PROJECT_VERSION) {
    throw new ProjectFileError(
      filePath,
      `it was written by a newer Tagwright (format version ${version}); this version reads format version ${PROJECT_VERSION} and older. Update Tagwright to open it`,
    );
  }
  const parsed = projectSchema.safeParse(migrateProject(record, version));
  if (!parsed.success) {
    throw new ProjectFileError(filePath, describeSchemaIssues(parsed.error), parsed.error.issues.slice(0, 20));
  }
  const problems = findIntegrityProblems(parsed.data, { limit: 10 });
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new ProjectFileError(filePath, `the project is inconsistent: ${list}`, problems);
  }
  return { project: parsed.data, fileVersion: version };
}

function describeSchemaIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `the project data is invalid: ${shown.join('; ')}${more}`;
}

function formatPath(path: PropertyKey[]): string {
  return (
    path.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      '',
    ) || '(root)'
  );
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
