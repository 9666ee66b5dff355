import { TagwrightError } from '../../shared/ipc/result';
import { GOLD_ANNOTATOR, GOLD_ANNOTATOR_NAME, type Project } from '../../shared/model';
import type { HandoutSummary } from '../../shared/merge/merge-summary';

export type { HandoutSummary } from '../../shared/merge/merge-summary';
import { pathExists } from '../io/path-exists';
import { ProjectStore } from '../store/project-store';
import { projectFilePath } from '../store/project-file-path';
import { newProject } from './new-project';

/** What goes into an annotator's copy. */
export interface HandoutRequest {
  /** Who the copy is for: named in the copy's name. */
  annotator: string;
  /** Every document, those assigned to the annotator (by id), or these (by id, in the project's order). */
  documents: 'all' | 'assigned' | readonly string[];
  /** Carry the gold layer (annotations by "gold", with their relations) for reference; none by default. */
  gold?: boolean;
}

/**
 * An annotator's copy of `source`: a new project (its own id) with the same schema and the chosen
 * documents, their texts and hashes as they are (so the merge matches them back), each 'new', and
 * no annotations but, if asked, the gold layer; the annotator's assignments of those documents come
 * along. Unknown document ids are refused, naming them.
 */
export function handoutProject(source: Project, request: HandoutRequest, newId: () => string, now: Date): Project {
  const wanted = wantedDocuments(source, request);
  if (wanted) {
    const missing = [...wanted].filter((id) => !source.documents.some((d) => d.id === id));
    if (missing.length > 0) {
      throw new TagwrightError(
        'invalid-input',
        `There is no document ${missing.map((m) => `"${m}"`).join(', ')} in this project.`,
      );
    }
  }
  const documents = source.documents
    .filter((d) => !wanted || wanted.has(d.id))
    .map((d) => ({ ...structuredClone(d), status: 'new' as const }));
  const project = newProject(newId(), `${source.name} — ${request.annotator}`.slice(0, 300), now, documents);
  project.schema = structuredClone(source.schema);
  if (request.gold) carryGold(source, project);
  carryAssignments(source, project, request.annotator);
  return project;
}

/** The ids asked for; null: every document. Asked for the assigned ones, an annotator with none is refused. */
function wantedDocuments(source: Project, request: HandoutRequest): Set<string> | null {
  if (request.documents === 'all') return null;
  if (request.documents !== 'assigned') return new Set(request.documents);
  const annotator = annotatorIdOf(source, request.annotator);
  const assigned = source.assignments.filter((a) => a.annotator === annotator).map((a) => a.documentId);
  if (assigned.length === 0) {
    throw new TagwrightError('invalid-input', `No document is assigned to "${request.annotator}" in this project.`);
  }
  return new Set(assigned);
}

/**
 * The id of the annotator a hand-out is for: as given when it is an id the project uses, else the
 * id of the annotator with that name (the app's dialog asks for a name).
 */
function annotatorIdOf(source: Project, given: string): string {
  if (source.annotators.some((a) => a.id === given) || source.assignments.some((a) => a.annotator === given)) {
    return given;
  }
  return source.annotators.find((a) => a.name === given)?.id ?? given;
}

/** The annotator's assignments of the documents in the copy (with their doneAt), and their name, so the copy knows what is theirs. */
function carryAssignments(source: Project, copy: Project, given: string): void {
  const annotator = annotatorIdOf(source, given);
  const kept = new Set(copy.documents.map((d) => d.id));
  copy.assignments = source.assignments
    .filter((a) => a.annotator === annotator && kept.has(a.documentId))
    .map((a) => structuredClone(a));
  const named = source.annotators.find((a) => a.id === annotator);
  if (copy.assignments.length > 0 && named && !copy.annotators.some((a) => a.id === annotator)) {
    copy.annotators.push({ ...named });
  }
}

function carryGold(source: Project, copy: Project): void {
  const kept = new Set(copy.documents.map((d) => d.id));
  copy.annotations = source.annotations
    .filter((a) => a.annotator === GOLD_ANNOTATOR && kept.has(a.documentId))
    .map((a) => structuredClone(a));
  const ids = new Set(copy.annotations.map((a) => a.id));
  copy.relations = source.relations.filter((r) => ids.has(r.from) && ids.has(r.to)).map((r) => structuredClone(r));
  const entities = new Set(copy.annotations.flatMap((a) => (a.entity ? [a.entity] : [])));
  copy.entities = source.entities.filter((e) => entities.has(e.id)).map((e) => structuredClone(e));
  if (copy.annotations.length > 0) copy.annotators = [{ id: GOLD_ANNOTATOR, name: GOLD_ANNOTATOR_NAME }];
}

/**
 * Writes a hand-out as a new project file, durably (temp file, fsync, rename: ProjectStore.create),
 * never over a file already there: another project, or the one it came from.
 */
export async function writeHandout(out: string, project: Project, annotator: string): Promise<HandoutSummary> {
  const path = projectFilePath(out);
  if (await pathExists(path)) {
    throw new TagwrightError('conflict', `${path} already exists; choose another name (nothing was written)`);
  }
  const store = await ProjectStore.create(path, project);
  store.close();
  return { path, annotator, documents: project.documents.length, annotations: project.annotations.length };
}
