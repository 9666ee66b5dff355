import { findIntegrityProblems, type IntegrityProblem } from '../../shared/model';
import { DurableTextFile } from './durable-text-file';
import { readProjectFile } from './read-project-file';

/** What `tagwright validate` reports: a valid file's counts, or the problems found (up to 100). */
export type ProjectFileCheck =
  | { path: string; valid: true; documents: number; annotations: number }
  | { path: string; valid: false; problems: IntegrityProblem[] };

/**
 * Checks a project file more deeply than opening it: every check opening runs (readProjectFile),
 * then every annotation's quote against its document's text. A file that cannot be opened throws
 * the ProjectFileError opening gives; problems found past that are returned, named by their
 * place in the file. Reads only: it takes no lock and writes nothing.
 */
export async function checkProjectFile(path: string): Promise<ProjectFileCheck> {
  const { project, placeInFile, annotationIds } = await readProjectFile(new DurableTextFile(path));
  // The read built the id index for its own check; the quote check reuses it.
  const problems = findIntegrityProblems(project, { checkQuotes: true, limit: 100, annotationIds }).map((p) => ({
    ...p,
    path: placeInFile(p.path),
  }));
  if (problems.length > 0) return { path, valid: false, problems };
  return { path, valid: true, documents: project.documents.length, annotations: project.annotations.length };
}
