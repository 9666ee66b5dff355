import { sameAssignment, type Assignment, type DocumentCuration } from '../../shared/model';
import type { Transition } from './edit-history';

/**
 * Applies one assignment transition to the project's list: given once, replaced where it is (marking
 * one done keeps its place in the file), taken back from where it is.
 */
export function putAssignment(assignments: Assignment[], { before, after }: Transition<Assignment>): void {
  const key = after ?? before;
  if (!key) return;
  const i = assignments.findIndex((a) => sameAssignment(a, key));
  if (after && i !== -1) assignments[i] = after;
  else if (after) assignments.push(after);
  else if (i !== -1) assignments.splice(i, 1);
}

/** Applies one curation transition: a document keeps one record, replaced in place. */
export function putCuration(records: DocumentCuration[], { before, after }: Transition<DocumentCuration>): void {
  const documentId = (after ?? before)?.documentId;
  const i = records.findIndex((r) => r.documentId === documentId);
  if (after && i !== -1) records[i] = after;
  else if (after) records.push(after);
  else if (i !== -1) records.splice(i, 1);
}
