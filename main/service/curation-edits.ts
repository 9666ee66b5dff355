import {
  GOLD_ANNOTATOR,
  GOLD_ANNOTATOR_NAME,
  type Annotation,
  type CurationStatus,
  type DocumentCuration,
} from '../../shared/model';
import { candidateKey, curationCandidates } from '../../shared/curation/curation-candidates';
import { TagwrightError } from '../../shared/ipc/result';
import { emptyEdit, type ProjectEdit, type Transition } from './edit-history';
import type { ProjectModel } from './project-model';
import { annotationCreation, withAnnotator, type EditAuthor, type NewAnnotation } from './annotation-edits';
import { goldCopy, goldEvents, goldRelations } from './gold-copies';
import { addRemovalCascade } from './removal-cascade';
import { rivalVersions } from '../../shared/curation/rival-versions';

// Curation (docs/team.md): each function checks its input and describes one curator's action as
// one ProjectEdit: the gold annotations, relations and events it makes, the gold spans it replaces
// (with what they take along), the gold annotator the first time, and the document's curation
// record, so one undo takes back all of it.

/** The gold layer's annotator as the project's annotators list names it. */
const GOLD = { annotator: GOLD_ANNOTATOR, annotatorName: GOLD_ANNOTATOR_NAME };

/**
 * Annotators' versions copied into the gold layer (label, pieces, attributes, note, entity link
 * and the rest), with their relations and events whose every end has a gold copy too (the same
 * label and pieces), and the document's record marked in progress by the curator. A gold span
 * taken from a rival version (rival-versions.ts) is replaced: removed with what a deletion takes
 * along (its relations, the events it triggers, its place in other events' roles).
 */
export function candidateAcceptance(
  model: ProjectModel,
  documentId: string,
  annotationIds: readonly string[],
  author: EditAuthor,
): ProjectEdit {
  const edit = withAnnotator(emptyEdit(documentId), model, GOLD);
  const gold = goldIn(model, documentId);
  const goldByKey = new Map(gold.map((g) => [candidateKey(g), g]));
  const taken = takenFromCandidates(model, documentId, gold);
  const accepted = annotationIds.map((id) => versionIn(model, documentId, id));
  const replaced = new Set<string>();
  const fresh = new Set<string>();
  for (const version of accepted) {
    const key = candidateKey(version);
    if (goldByKey.has(key)) {
      throw new TagwrightError('conflict', `The gold layer has this ${version.label} already ("${version.quote}").`);
    }
    for (const g of taken.filter((g) => !replaced.has(g.id) && rivalVersions(g, version))) {
      replaced.add(g.id);
      goldByKey.delete(candidateKey(g));
      edit.annotations.push({ before: g, after: null });
    }
    const copy = goldCopy(version, author);
    goldByKey.set(key, copy);
    fresh.add(copy.id);
    edit.annotations.push({ before: null, after: copy });
  }
  addRemovalCascade(model, edit, { annotations: [...replaced], events: [] }, author.at);
  edit.relations.push(...goldRelations(model, documentId, goldByKey, fresh, author));
  edit.events.push(...goldEvents(model, documentId, goldByKey, fresh, author));
  edit.curation.push(recordTransition(model, documentId, author, {}));
  return edit;
}

/**
 * The gold spans the curator took from the candidates (an annotator made the same label and
 * pieces): the ones a rival's acceptance replaces. A span made or changed by hand matches no
 * candidate and stays.
 */
function takenFromCandidates(model: ProjectModel, documentId: string, gold: readonly Annotation[]): Annotation[] {
  const candidates = new Set(
    model.annotations
      .forDocument(documentId)
      .filter((a) => a.annotator !== GOLD_ANNOTATOR)
      .map(candidateKey),
  );
  return gold.filter((g) => candidates.has(candidateKey(g)));
}

/** Every `agreed` candidate of the document accepted at once (the first version of each: they are the same). */
export function agreedAcceptance(model: ProjectModel, documentId: string, author: EditAuthor): ProjectEdit {
  const record = model.curationOf(model.document(documentId).id);
  const agreed = curationCandidates(model.annotations.forDocument(documentId), record?.rejected).filter(
    (c) => c.state === 'agreed',
  );
  if (agreed.length === 0) throw new TagwrightError('conflict', 'No agreed span is left to accept in this document.');
  return candidateAcceptance(
    model,
    documentId,
    agreed.map((c) => c.versions[0]!.annotationId),
    author,
  );
}

/** Annotators' versions the curator rejected: remembered in the record, so they are not offered again. */
export function candidateRejection(
  model: ProjectModel,
  documentId: string,
  annotationIds: readonly string[],
  author: EditAuthor,
): ProjectEdit {
  for (const id of annotationIds) versionIn(model, documentId, id);
  const rejected = model.curationOf(documentId)?.rejected ?? [];
  const added = [...new Set(annotationIds)].filter((id) => !rejected.includes(id));
  if (added.length === 0) throw new TagwrightError('conflict', 'These versions are rejected already.');
  const edit = emptyEdit(documentId);
  edit.curation.push(recordTransition(model, documentId, author, { rejected: [...rejected, ...added] }));
  return edit;
}

/** The document's curation marked in progress or done by the curator. */
export function curationStatusSetting(
  model: ProjectModel,
  documentId: string,
  status: CurationStatus,
  author: EditAuthor,
): ProjectEdit {
  model.document(documentId);
  if (model.curationOf(documentId)?.status === status) {
    throw new TagwrightError('conflict', `This document's curation is ${status} already.`);
  }
  const edit = emptyEdit(documentId);
  edit.curation.push(recordTransition(model, documentId, author, { status }));
  return edit;
}

/** A gold span made by hand (createAnnotation with layer 'gold'): the curator's, and their record's. */
export function goldAnnotationCreation(model: ProjectModel, input: NewAnnotation, author: EditAuthor): ProjectEdit {
  const edit = annotationCreation(model, input, { ...author, ...GOLD });
  edit.curation.push(recordTransition(model, input.documentId, author, {}));
  return edit;
}

/** The record after a curator's action: in progress unless it says otherwise, signed and dated. */
function recordTransition(
  model: ProjectModel,
  documentId: string,
  author: EditAuthor,
  change: Partial<Pick<DocumentCuration, 'status' | 'rejected'>>,
): Transition<DocumentCuration> {
  const before = model.curationOf(documentId);
  return {
    before,
    after: {
      documentId,
      status: 'in-progress',
      curator: author.annotator,
      rejected: [...(before?.rejected ?? [])],
      updatedAt: author.at,
      ...change,
    },
  };
}

const goldIn = (model: ProjectModel, documentId: string): Annotation[] =>
  model.annotations.forDocument(documentId).filter((a) => a.annotator === GOLD_ANNOTATOR);

/** An annotator's annotation of the document (not gold's): what accepting and rejecting take. */
function versionIn(model: ProjectModel, documentId: string, annotationId: string): Annotation {
  const a = model.annotation(annotationId);
  if (a.documentId !== documentId) {
    throw new TagwrightError('invalid-input', `Annotation "${annotationId}" is not in document "${documentId}".`);
  }
  if (a.annotator === GOLD_ANNOTATOR) {
    throw new TagwrightError('invalid-input', `Annotation "${annotationId}" is in the gold layer already.`);
  }
  return a;
}
