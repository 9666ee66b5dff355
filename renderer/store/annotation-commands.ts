import { call } from '../bridge/tagwright-client';
import type { AttributeMap, DocumentStatus } from '../../shared/model';
import type { ProjectChange } from '../../shared/ipc/views';
import type { TextSpan } from '../../shared/text/text-span';
import { reportFailure } from './report-failure';
import { useWorkbench } from './workbench-store';

const store = () => useWorkbench.getState();

export async function openDocument(documentId: string): Promise<boolean> {
  store().setOpening(documentId);
  const loaded = await reportFailure(() => call('getDocument', { documentId }));
  if (!loaded) {
    store().setOpening(null);
    return false;
  }
  // A slower, older request must not replace the document the user asked for last.
  if (store().openingDocumentId === documentId) store().setCurrent(loaded);
  return true;
}

/**
 * Runs a call that changes the project and applies the change main answers with, once (the
 * projectChanged event naming this window is then ignored); the alert says why if it fails.
 */
export async function applyEdit(edit: () => Promise<ProjectChange>): Promise<ProjectChange | undefined> {
  const change = await reportFailure(edit);
  if (change) store().applyProjectChange(change);
  return change;
}

export const setDocumentStatus = (documentId: string, status: DocumentStatus) =>
  applyEdit(() => call('setDocumentStatus', { documentId, status }));

/** Labels a span of the open document; selects the new annotation. */
export async function createAnnotation(span: TextSpan, label: string): Promise<void> {
  const current = store().current;
  if (!current) return;
  const change = await applyEdit(() =>
    call('createAnnotation', { documentId: current.document.id, start: span.start, end: span.end, label }),
  );
  if (!change) return;
  store().setSelectionSpan(null);
  const created = change.annotations.added[0];
  if (created) store().selectAnnotation(created.id);
}

/** Relabels an annotation, or replaces its note or its attributes (the whole map); undoable in main. */
export const updateAnnotation = (
  annotationId: string,
  edit: { label?: string; note?: string; attributes?: AttributeMap },
) => applyEdit(() => call('updateAnnotation', { annotationId, ...edit }));

export const deleteAnnotation = (annotationId: string) => applyEdit(() => call('deleteAnnotation', { annotationId }));

function applyHistory(change: ProjectChange | null | undefined): void {
  if (!change) return;
  store().applyProjectChange(change);
  // Undo may reach back into another document: show it, so the user sees what changed.
  if (change.documentId !== null && store().current?.document.id !== change.documentId) {
    void openDocument(change.documentId);
  }
}

const hasProject = () => Boolean(store().session?.project);
export const undo = async () => hasProject() && applyHistory(await reportFailure(() => call('undo', {})));
export const redo = async () => hasProject() && applyHistory(await reportFailure(() => call('redo', {})));
