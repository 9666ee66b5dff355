import { call } from '../bridge/tagwright-client';
import type { AttributeMap, DocumentStatus } from '../../shared/model';
import type { AnnotationChange, HistoryOutcome } from '../../shared/ipc/views';
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

export const setDocumentStatus = (documentId: string, status: DocumentStatus) =>
  reportFailure(async () => store().putDocumentSummary(await call('setDocumentStatus', { documentId, status })));

/** Labels a span of the open document; selects the new annotation. */
export async function createAnnotation(span: TextSpan, label: string): Promise<void> {
  const current = store().current;
  if (!current) return;
  const change = await reportFailure(() =>
    call('createAnnotation', { documentId: current.document.id, start: span.start, end: span.end, label }),
  );
  if (!change) return;
  store().applyAnnotationChange(change, 'call-result');
  store().setSelectionSpan(null);
  const created = change.upserted[0];
  if (created) store().selectAnnotation(created.id);
}

/** Runs an editing call and applies the change main answers with (the alert says why if it fails). */
export async function applyEdit(edit: () => Promise<AnnotationChange>): Promise<void> {
  const change = await reportFailure(edit);
  if (change) store().applyAnnotationChange(change, 'call-result');
}

/** Relabels an annotation, or replaces its note or its attributes (the whole map); undoable in main. */
export const updateAnnotation = (
  annotationId: string,
  edit: { label?: string; note?: string; attributes?: AttributeMap },
) => applyEdit(() => call('updateAnnotation', { annotationId, ...edit }));

export const deleteAnnotation = (annotationId: string) => applyEdit(() => call('deleteAnnotation', { annotationId }));

function applyHistory(outcome: HistoryOutcome | undefined): void {
  if (!outcome) return;
  store().setHistoryFlags(outcome);
  const change = outcome.change;
  if (!change) return;
  // Undo may reach back into another document: show it, so the user sees what changed.
  if (store().current?.document.id !== change.documentId) void openDocument(change.documentId);
  else store().applyAnnotationChange(change, 'call-result');
}

const hasProject = () => Boolean(store().session?.project);
export const undo = async () => hasProject() && applyHistory(await reportFailure(() => call('undo', {})));
export const redo = async () => hasProject() && applyHistory(await reportFailure(() => call('redo', {})));
