import { cancelled, type Outcome } from '../bridge/call-outcome';
import { call } from '../bridge/tagwright-client';
import type { AttributeMap, DocumentStatus } from '../../shared/model';
import type { DocumentWithAnnotations, ProjectChange } from '../../shared/ipc/views';
import type { TextSpan } from '../../shared/text/text-span';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

const store = () => useWorkbench.getState();

export async function openDocument(documentId: string): Promise<Outcome<DocumentWithAnnotations>> {
  store().setOpening(documentId);
  const loaded = reportFailure(await call('getDocument', { documentId }));
  if (loaded.status !== 'done') {
    store().setOpening(null);
    return loaded;
  }
  // A slower, older request must not replace the document the user asked for last.
  if (store().openingDocumentId === documentId) store().setCurrent(loaded.value);
  return loaded;
}

/**
 * Runs a call that changes the project and applies the change main answers with, once (the
 * projectChanged event naming this window is then ignored); the alert says why if it fails.
 */
export async function applyEdit(edit: () => Promise<Outcome<ProjectChange>>): Promise<Outcome<ProjectChange>> {
  const change = reportFailure(await edit());
  if (change.status === 'done') store().applyProjectChange(change.value);
  return change;
}

export const setDocumentStatus = (documentId: string, status: DocumentStatus) =>
  applyEdit(() => call('setDocumentStatus', { documentId, status }));

/**
 * Labels a span of the open document; selects the new annotation. Main fills a figure's value,
 * unit, kind and qualifier in the same edit (annotation-edits.ts): one undo step. While the
 * curator writes to gold (Ctrl+Shift+G) the annotation goes into the gold layer.
 */
export async function createAnnotation(span: TextSpan, label: string): Promise<Outcome<ProjectChange>> {
  const { current, writingToGold } = store();
  if (!current) return cancelled;
  const { id: documentId } = current.document;
  const layer = writingToGold ? { layer: 'gold' as const } : {};
  const change = await applyEdit(() =>
    call('createAnnotation', { documentId, start: span.start, end: span.end, label, ...layer }),
  );
  if (change.status !== 'done') return change;
  store().setSelectionSpan(null);
  const created = change.value.annotations.added[0];
  if (created) store().selectAnnotation(created.id);
  return change;
}

/** Relabels an annotation, or replaces its note or its attributes (the whole map); undoable in main. */
export const updateAnnotation = (
  annotationId: string,
  edit: { label?: string; note?: string; attributes?: AttributeMap },
) => applyEdit(() => call('updateAnnotation', { annotationId, ...edit }));

/**
 * Adds a span of the open document to the selected annotation as one more piece (a discontinuous
 * span); the text selection is let go once it is added. Cancelled when no annotation is selected.
 */
export async function addSpanToSelected(span: TextSpan): Promise<Outcome<ProjectChange>> {
  const annotationId = store().selectedAnnotationId;
  if (!annotationId) return cancelled;
  const change = await applyEdit(() => call('addFragment', { annotationId, start: span.start, end: span.end }));
  if (change.status === 'done') store().setSelectionSpan(null);
  return change;
}

/** Removes one piece of a discontinuous annotation (the last but one left makes it a plain span). */
export const removeFragment = (annotationId: string, piece: TextSpan) =>
  applyEdit(() => call('removeFragment', { annotationId, start: piece.start, end: piece.end }));

export const deleteAnnotation = (annotationId: string) => applyEdit(() => call('deleteAnnotation', { annotationId }));

function applyHistory(change: ProjectChange | null): void {
  if (!change) return;
  store().applyProjectChange(change);
  // Undo may reach back into another document: show it, so the user sees what changed.
  if (change.documentId !== null && store().current?.document.id !== change.documentId) {
    void openDocument(change.documentId);
  }
}

/** Undoes or redoes main's last step; done with null when there was nothing to undo or redo. */
async function stepHistory(step: 'undo' | 'redo'): Promise<Outcome<ProjectChange | null>> {
  if (!store().session?.project) return cancelled; // nothing open, nothing to undo
  const outcome = reportFailure(await call(step, {}));
  if (outcome.status === 'done') applyHistory(outcome.value);
  return outcome;
}

export const undo = () => stepHistory('undo');
export const redo = () => stepHistory('redo');
