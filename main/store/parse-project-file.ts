import type { z } from 'zod';
import {
  PROJECT_FORMAT,
  PROJECT_VERSION,
  annotationSchema,
  findIntegrityProblems,
  isPlainValidAnnotation,
  AnnotationIdIndex,
  projectSchema,
  type Annotation,
  type Project,
} from '../../shared/model';
import { ProjectFileError } from './project-file-error';
import { migrateProject } from './project-migrations';
import { unpackAnnotations, type StoredRowPlace } from './annotation-columns';

export interface ParsedProjectFile {
  project: Project;
  /** The version the file was written in; lower than PROJECT_VERSION when it was migrated. */
  fileVersion: number;
  /** Annotation id positions, built once for the integrity check and handed on to the service. */
  annotationIds: AnnotationIdIndex;
  /** Turns an integrity problem's path ("annotations[12].quote") into its place in this file's layout. */
  placeInFile: (integrityPath: string) => string;
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
  const stored = readStoredAnnotations(record.annotations, version, filePath);
  const migrated = migrateProject({ ...record, annotations: stored.rows }, version);
  // The annotations (up to millions) are checked apart, through the fast path where it applies.
  const parsed = projectSchema.safeParse({ ...migrated, annotations: [] });
  const annotations = parseAnnotations(migrated.annotations);
  const issues = [
    ...(parsed.success ? [] : parsed.error.issues),
    ...annotations.issues.map((issue) => ({ ...issue, path: stored.pathInFile(issue.path) })),
  ];
  if (!parsed.success || issues.length > 0) {
    throw new ProjectFileError(filePath, describeSchemaIssues(issues), issues.slice(0, 20));
  }
  const project: Project = { ...parsed.data, annotations: annotations.values };
  const annotationIds = new AnnotationIdIndex(project.annotations);
  const problems = findIntegrityProblems(project, { limit: 10, annotationIds }).map((p) => ({
    ...p,
    path: stored.integrityPathInFile(p.path),
  }));
  if (problems.length > 0) {
    const list = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new ProjectFileError(filePath, `the project is inconsistent: ${list}`, problems);
  }
  return { project, fileVersion: version, annotationIds, placeInFile: stored.integrityPathInFile };
}

/**
 * The annotations as one raw object each, whatever the file's layout: format version 1 stores
 * objects, version 2 and later column blocks (annotation-columns.ts). `pathInFile` turns a path
 * into the flattened list back into where that value sits in the file, for error messages.
 */
function readStoredAnnotations(
  raw: unknown,
  version: number,
  filePath: string,
): {
  rows: unknown;
  pathInFile: (path: PropertyKey[]) => PropertyKey[];
  integrityPathInFile: (path: string) => string;
} {
  if (version < 2) return { rows: raw, pathInFile: (path) => path, integrityPathInFile: (path) => path };
  const unpacked = unpackAnnotations(raw);
  if (!unpacked.ok) {
    throw new ProjectFileError(
      filePath,
      `the project data is invalid: ${formatPath(unpacked.path)}: ${unpacked.message}`,
    );
  }
  const pathInFile = (path: PropertyKey[]): PropertyKey[] => columnPath(path, unpacked.placeOf);
  return {
    rows: unpacked.rows,
    pathInFile,
    // Integrity problems name their place as text ("annotations[12].end").
    integrityPathInFile: (path) =>
      path.replace(/^annotations\[(\d+)\](?:\.(\w+))?/, (_, index: string, field?: string) =>
        formatPath(pathInFile(field ? ['annotations', Number(index), field] : ['annotations', Number(index)])),
      ),
  };
}

/** ['annotations', i, 'end'] → ['annotations', block, 'end', row]: the value's place in a column. */
function columnPath(path: PropertyKey[], placeOf: (index: number) => StoredRowPlace): PropertyKey[] {
  const [head, index, field, ...rest] = path;
  if (head !== 'annotations' || typeof index !== 'number') return path;
  const { block, row } = placeOf(index);
  if (field === undefined) return ['annotations', block];
  if (field === 'documentId') return ['annotations', block, 'documentId', ...rest];
  return ['annotations', block, field, row, ...rest];
}

/** Checks every annotation: the fast path for plain valid ones, zod (with its messages) for the rest. */
function parseAnnotations(raw: unknown): { values: Annotation[]; issues: z.core.$ZodIssue[] } {
  if (!Array.isArray(raw)) {
    return {
      values: [],
      issues: [
        { code: 'invalid_type', expected: 'array', path: ['annotations'], message: 'expected an array', input: raw },
      ],
    };
  }
  const values: Annotation[] = new Array(raw.length);
  const issues: z.core.$ZodIssue[] = [];
  for (let i = 0; i < raw.length && issues.length < 20; i++) {
    const item: unknown = raw[i];
    if (isPlainValidAnnotation(item)) {
      values[i] = item;
      continue;
    }
    const result = annotationSchema.safeParse(item);
    if (result.success) values[i] = result.data;
    else issues.push(...result.error.issues.map((issue) => ({ ...issue, path: ['annotations', i, ...issue.path] })));
  }
  return { values, issues };
}

function describeSchemaIssues(allIssues: z.core.$ZodIssue[]): string {
  const shown = allIssues.slice(0, 5).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = allIssues.length > 5 ? ` (and ${allIssues.length - 5} more)` : '';
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
