import { sameAssignment, type Assignment, type DocumentCuration } from '../../shared/model';
import type { Transition } from './edit-history';

/** Applies one assignment transition to the project's list: given once, taken back where it is. */
export function putAssignment(assignments: Assignment[], { before, after }: Transition<Assignment>): void {
  if (before) {
    const i = assignments.findIndex((a) => sameAssignment(a, before));
    if (i !== -1) assignments.splice(i, 1);
  }
  if (after && !assignments.some((a) => sameAssignment(a, after))) assignments.push(after);
}

/** Applies one curation transition: a document keeps one record, replaced in place. */
export function putCuration(records: DocumentCuration[], { before, after }: Transition<DocumentCuration>): void {
  const documentId = (after ?? before)?.documentId;
  const i = records.findIndex((r) => r.documentId === documentId);
  if (after && i !== -1) records[i] = after;
  else if (after) records.push(after);
  else if (i !== -1) records.splice(i, 1);
}
