import {
  GOLD_ANNOTATOR,
  GOLD_ANNOTATOR_NAME,
  type Annotation,
  type CurationStatus,
  type DocumentCuration,
  type Relation,
} from '../../shared/model';
import { candidateKey, curationCandidates } from '../../shared/curation/curation-candidates';
import { TagwrightError } from '../../shared/ipc/result';
import { emptyEdit, type ProjectEdit, type Transition } from './edit-history';
import type { ProjectModel } from './project-model';
import { annotationCreation, withAnnotator, type EditAuthor, type NewAnnotation } from './annotation-edits';

// Curation (docs/team.md): each function checks its input and describes one curator's action as
// one ProjectEdit: the gold annotations and relations it makes, the gold annotator the first time,
// and the document's curation record, so one undo takes back both.

/** The gold layer's annotator as the project's annotators list names it. */
const GOLD = { annotator: GOLD_ANNOTATOR, annotatorName: GOLD_ANNOTATOR_NAME };

/**
 * Annotators' versions copied into the gold layer (label, pieces, attributes, note, entity link
 * and the rest), with their relations whose other end has a gold copy too (the same label and
 * pieces), and the document's record marked in progress by the curator.
 */
export function candidateAcceptance(
  model: ProjectModel,
  documentId: string,
  annotationIds: readonly string[],
  author: EditAuthor,
): ProjectEdit {
  const edit = withAnnotator(emptyEdit(documentId), model, GOLD);
  const goldByKey = new Map(goldIn(model, documentId).map((g) => [candidateKey(g), g]));
  const accepted = annotationIds.map((id) => versionIn(model, documentId, id));
  for (const version of accepted) {
    const key = candidateKey(version);
    if (goldByKey.has(key)) {
      throw new TagwrightError('conflict', `The gold layer has this ${version.label} already ("${version.quote}").`);
    }
    const copy = goldCopy(version, author);
    goldByKey.set(key, copy);
    edit.annotations.push({ before: null, after: copy });
  }
  edit.relations.push(...goldRelations(model, accepted, goldByKey, author));
  edit.curation.push(recordTransition(model, documentId, author, {}));
  return edit;
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

function goldCopy(version: Annotation, author: EditAuthor): Annotation {
  // Everything the annotator said about the span; who changed it last is theirs, not gold's.
  const { updatedBy: _lastHand, ...kept } = version;
  return {
    ...structuredClone(kept),
    id: author.newId(),
    annotator: GOLD_ANNOTATOR,
    createdAt: author.at,
    updatedAt: author.at,
  };
}

/** The accepted versions' relations whose two ends now have gold copies, as gold relations (each once). */
function goldRelations(
  model: ProjectModel,
  accepted: readonly Annotation[],
  goldByKey: ReadonlyMap<string, Annotation>,
  author: EditAuthor,
): Transition<Relation>[] {
  const goldOf = (id: string) => {
    const a = model.annotations.get(id);
    return a ? goldByKey.get(candidateKey(a)) : undefined;
  };
  const made = new Set<string>();
  const existing = (type: string, from: string, to: string) =>
    model.relationsOf(from).some((r) => r.annotator === GOLD_ANNOTATOR && r.type === type && r.to === to);
  const transitions: Transition<Relation>[] = [];
  for (const r of model.relationsAmong(accepted)) {
    const from = goldOf(r.from);
    const to = goldOf(r.to);
    const key = `${r.type} ${from?.id} ${to?.id}`;
    if (!from || !to || made.has(key) || existing(r.type, from.id, to.id)) continue;
    made.add(key);
    const { id: _id, annotator: _annotator, ...kept } = r;
    const relation: Relation = {
      ...structuredClone(kept),
      id: author.newId(),
      from: from.id,
      to: to.id,
      annotator: GOLD_ANNOTATOR,
    };
    transitions.push({ before: null, after: relation });
  }
  return transitions;
}
