import type { Project } from './project';
import { clipText } from '../text/clip-text';
import { AnnotationIdIndex } from './annotation-id-index';
import { reportEventProblems } from './event-integrity';
import { reportEntityProblems } from './entity-integrity';
import { reportTeamProblems } from './team-integrity';

/** One broken rule inside an otherwise well-typed project, with a JSON path to it. */
export interface IntegrityProblem {
  path: string;
  message: string;
}

export interface IntegrityOptions {
  /** Also compare every annotation's quote with its document's text (slower; `tagwright validate`). */
  checkQuotes?: boolean;
  /** Stop after this many problems: a badly broken file need not list a million lines. */
  limit?: number;
  /** The annotation ids' positions, when the caller built them already. */
  annotationIds?: AnnotationIdIndex;
}

/**
 * Checks what zod cannot: offsets inside their documents, and every reference resolving
 * (relations; events and equivalence groups: event-integrity.ts; entities: entity-integrity.ts;
 * assignments and curation: team-integrity.ts).
 */
export function findIntegrityProblems(project: Project, options: IntegrityOptions = {}): IntegrityProblem[] {
  const limit = options.limit ?? 50;
  const problems: IntegrityProblem[] = [];
  const report = (path: string, message: string): boolean => {
    problems.push({ path, message });
    return problems.length >= limit;
  };

  const documentLengths = new Map<string, number>();
  const documentTexts = new Map<string, string>();
  for (const [i, doc] of project.documents.entries()) {
    if (documentLengths.has(doc.id) && report(`documents[${i}].id`, `duplicate document id "${doc.id}"`))
      return problems;
    documentLengths.set(doc.id, doc.text.length);
    documentTexts.set(doc.id, doc.text);
  }
  const labelIds = new Set(project.schema.labels.map((l) => l.id));
  const ids = options.annotationIds ?? new AnnotationIdIndex(project.annotations);
  for (const i of ids.duplicates) {
    const id = project.annotations[i]!.id;
    if (report(`annotations[${i}].id`, `duplicate annotation id "${id}"`)) return problems;
  }

  for (let i = 0; i < project.annotations.length; i++) {
    const a = project.annotations[i]!;
    const length = documentLengths.get(a.documentId);
    if (length !== undefined && a.end <= length && labelIds.has(a.label) && !options.checkQuotes) continue;
    const at = `annotations[${i}]`;
    if (length === undefined) {
      if (report(`${at}.documentId`, `annotation "${a.id}" points to missing document "${a.documentId}"`))
        return problems;
      continue;
    }
    if (a.end > length) {
      const message = `annotation "${a.id}" spans ${a.start}–${a.end}, outside its document (length ${length})`;
      if (report(`${at}.end`, message)) return problems;
      continue;
    }
    if (!labelIds.has(a.label) && report(`${at}.label`, `annotation "${a.id}" has unknown label "${a.label}"`))
      return problems;
    if (options.checkQuotes) {
      const actual = documentTexts.get(a.documentId)!.slice(a.start, a.end);
      if (actual !== a.quote) {
        const message = `annotation "${a.id}" quotes ${JSON.stringify(clipText(a.quote, 60))} but the text at ${a.start}–${a.end} is ${JSON.stringify(clipText(actual, 60))}`;
        if (report(`${at}.quote`, message)) return problems;
      }
    }
  }

  const relationTypeIds = new Set(project.schema.relationTypes.map((r) => r.id));
  for (const [i, r] of project.relations.entries()) {
    const at = `relations[${i}]`;
    if (!relationTypeIds.has(r.type) && report(`${at}.type`, `relation "${r.id}" has unknown type "${r.type}"`))
      return problems;
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(r[end]) && report(`${at}.${end}`, `relation "${r.id}" points to missing annotation "${r[end]}"`))
        return problems;
    }
  }

  for (const [i, r] of project.suggestionRejections.entries()) {
    const at = `suggestionRejections[${i}]`;
    const length = documentLengths.get(r.documentId);
    if (length === undefined) {
      if (report(`${at}.documentId`, `a rejected suggestion points to missing document "${r.documentId}"`))
        return problems;
    } else if (r.end > length) {
      const message = `a rejected suggestion spans ${r.start}–${r.end}, outside its document (length ${length})`;
      if (report(`${at}.end`, message)) return problems;
    } else if (
      !labelIds.has(r.label) &&
      report(`${at}.label`, `a rejected suggestion has unknown label "${r.label}"`)
    ) {
      return problems;
    }
  }

  if (reportEventProblems(project, ids, report)) return problems;
  if (reportEntityProblems(project, report)) return problems;
  reportTeamProblems(project, report);
  return problems;
}
