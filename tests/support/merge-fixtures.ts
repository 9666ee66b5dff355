import { hashText } from '../../main/service/build-documents';
import { newProject } from '../../main/service/new-project';
import type { Annotation, Project, TagwrightDocument } from '../../shared/model';
import type { MergePlan } from '../../shared/merge/merge-plan';
import { annotationOf } from './annotation-fixture';

const at = '2026-01-01T00:00:00.000Z';

/** The texts every annotator's copy holds (handed out from one project). */
export const TEAM_TEXTS = [
  'The ministry said 25 percent of the maps were accurate.',
  'Hajizada spoke to Envoy magazine about 400,000 mines.',
  'Only Ana read this one.',
];

/** A document of one of TEAM_TEXTS, under the id (and title) a copy gave it. */
export function teamDocument(id: string, text: string, title = text.slice(0, 20)): TagwrightDocument {
  return {
    id,
    title,
    text,
    sha256: hashText(text),
    source: { fileName: `${id}.txt`, encoding: 'utf-8', lineEndings: 'lf', importedAt: at },
    status: 'new',
    metadata: {},
  };
}

/** One mark of an annotator: the document (index in TEAM_TEXTS), the quote, the label. */
export interface Mark {
  text: number;
  quote: string;
  label: string;
  attributes?: Annotation['attributes'];
}

/**
 * An annotator's copy as their Tagwright would save it: the texts under ids of its own
 * (`${prefix}d0`…), their marks as annotations of theirs with ids of their own too.
 */
export function annotatorCopy(annotator: string, marks: readonly Mark[], prefix = annotator): Project {
  const documents = TEAM_TEXTS.map((text, i) => teamDocument(`${prefix}d${i}`, text));
  const project = newProject(`${prefix}-project`, `${annotator}'s copy`, new Date(at), documents);
  project.annotations = marks.map((m, i) => {
    const text = TEAM_TEXTS[m.text]!;
    const start = text.indexOf(m.quote);
    return annotationOf(text, `${prefix}a${i}`, start, start + m.quote.length, {
      documentId: `${prefix}d${m.text}`,
      label: m.label,
      annotator,
      attributes: m.attributes ?? {},
    });
  });
  if (marks.length > 0) project.annotators = [{ id: annotator, name: annotator }];
  return project;
}

/**
 * The project a plan leaves, for pure tests of the planner (the app applies a plan through
 * ProjectModel.add; the service's tests check that path on saved files).
 */
export function projectAfterPlan(base: Project, plan: MergePlan): Project {
  const project = structuredClone(base);
  project.schema = plan.schema;
  project.documents.push(...plan.documents);
  project.annotations.push(...plan.annotations);
  project.relations.push(...plan.relations);
  project.events.push(...plan.events);
  project.equivalences.push(...plan.equivalences);
  project.entities.push(...plan.entities);
  project.annotators.push(...plan.annotators);
  for (const a of plan.assignments) {
    const i = project.assignments.findIndex((b) => b.documentId === a.documentId && b.annotator === a.annotator);
    if (i === -1) project.assignments.push(a);
    else project.assignments[i] = a;
  }
  for (const d of project.documents) {
    if (plan.startedDocumentIds.includes(d.id) && d.status === 'new') d.status = 'in-progress';
  }
  return project;
}

/** The assignments as a merge compares them across projects: documents by their text's hash; assignedAt aside (ours is kept). */
export function assignmentsOf(project: Project): string[] {
  const hashes = new Map(project.documents.map((d) => [d.id, d.sha256]));
  return project.assignments.map((a) => `${hashes.get(a.documentId)} ${a.annotator} ${a.doneAt ?? '-'}`).sort();
}

/** An annotation as a merge compares it across projects: by its text's hash, not its document's id. */
export function workOf(project: Project): string[] {
  const hashes = new Map(project.documents.map((d) => [d.id, d.sha256]));
  return project.annotations
    .map((a) => JSON.stringify([hashes.get(a.documentId), a.start, a.end, a.label, a.annotator, a.attributes]))
    .sort();
}
