import type { Annotation } from '../../shared/model';
import type { HitOverlap, HitSpan } from '../../shared/search/hit-labelling';
import { annotationsCreation, type EditAuthor } from './annotation-edits';
import { combinedEdit, type ProjectEdit } from './edit-history';
import type { ProjectModel } from './project-model';

/** What labelling hits will do, before the model applies it: the edit (null: nothing to create), what is passed over, what overlaps. */
export interface HitsLabelling {
  edit: ProjectEdit | null;
  created: number;
  skipped: HitSpan[];
  overlaps: HitOverlap[];
}

/**
 * Labels search hits as one action: each document's hits made as accepted suggestions are
 * (annotationsCreation: checked one by one, the document started once), all documents in one
 * edit, so one undo removes them all and turns back the statuses they started. A hit an
 * annotation with the same label spans exactly already is passed over (a hit given twice, once);
 * annotations it overlaps are reported. An unknown document, label or span fails the whole call
 * before anything changes.
 */
export function searchHitsLabelling(
  model: ProjectModel,
  input: { label: string; hits: readonly HitSpan[] },
  author: EditAuthor,
): HitsLabelling {
  model.checkLabel(input.label);
  const existing = new Map<string, Annotation[]>();
  const toCreate = new Map<string, HitSpan[]>();
  const skipped: HitSpan[] = [];
  const overlaps: HitOverlap[] = [];
  const seen = new Set<string>();
  for (const hit of input.hits) {
    const key = `${hit.documentId}\u0000${hit.start}\u0000${hit.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!existing.has(hit.documentId)) existing.set(hit.documentId, model.annotations.forDocument(hit.documentId));
    const others = existing.get(hit.documentId)!.filter((a) => a.start < hit.end && a.end > hit.start);
    if (others.some((a) => a.label === input.label && a.start === hit.start && a.end === hit.end && !a.fragments)) {
      skipped.push(hit);
      continue;
    }
    for (const a of others) overlaps.push({ hit, annotationId: a.id, label: a.label, start: a.start, end: a.end });
    const ofDocument = toCreate.get(hit.documentId);
    if (ofDocument) ofDocument.push(hit);
    else toCreate.set(hit.documentId, [hit]);
  }
  const edits = [...toCreate].map(([documentId, hits]) =>
    annotationsCreation(
      model,
      documentId,
      hits.map(({ start, end }) => ({ start, end, label: input.label })),
      author,
    ),
  );
  const created = edits.reduce((n, e) => n + e.annotations.length, 0);
  return { edit: edits.length > 0 ? combinedEdit(edits) : null, created, skipped, overlaps };
}
