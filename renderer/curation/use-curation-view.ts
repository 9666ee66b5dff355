import { useEffect, useState } from 'react';
import type { CurationView } from '../../shared/curation/curation-view';
import { failureMessage } from '../bridge/call-outcome';
import { loadCuration } from '../store/curation-commands';
import { useWorkbench } from '../store/workbench-store';

/**
 * The open document's curation while the view is open, read again after every change the page
 * applies (an accept, an undo, another window's edit). `failed` says why it could not be read.
 */
export function useCurationView(open: boolean, documentId: string | null) {
  const appliedChanges = useWorkbench((s) => s.appliedChanges);
  const [view, setView] = useState<CurationView | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!open || !documentId) return;
    let stale = false;
    void loadCuration(documentId).then((outcome) => {
      if (stale) return;
      if (outcome.status === 'done') setView(outcome.value);
      setFailed(failureMessage(outcome));
    });
    return () => {
      stale = true;
    };
  }, [open, documentId, appliedChanges]);
  return { view: open && view?.documentId === documentId ? view : null, failed };
}
