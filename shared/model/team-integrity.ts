import type { Project } from './project';
import type { ReportProblem } from './event-integrity';

/**
 * The rules of the team's records zod cannot check: every assignment and curation record names a
 * document of the project, an assignment is given once, a document has one curation record.
 * Returns true when `report` said stop.
 */
export function reportTeamProblems(project: Project, report: ReportProblem): boolean {
  const documentIds = new Set(project.documents.map((d) => d.id));
  const assigned = new Set<string>();
  for (const [i, a] of project.assignments.entries()) {
    const at = `assignments[${i}]`;
    const key = `${a.documentId}\u0000${a.annotator}`;
    if (!documentIds.has(a.documentId)) {
      if (report(`${at}.documentId`, `an assignment to "${a.annotator}" points to missing document "${a.documentId}"`))
        return true;
    } else if (assigned.has(key)) {
      if (report(at, `document "${a.documentId}" is assigned to "${a.annotator}" twice`)) return true;
    }
    assigned.add(key);
  }
  const curated = new Set<string>();
  for (const [i, c] of project.curation.entries()) {
    const at = `curation[${i}]`;
    if (!documentIds.has(c.documentId)) {
      if (report(`${at}.documentId`, `a curation record points to missing document "${c.documentId}"`)) return true;
    } else if (curated.has(c.documentId)) {
      if (report(at, `document "${c.documentId}" has two curation records`)) return true;
    }
    curated.add(c.documentId);
  }
  return false;
}
