import type { CurationView } from '../../shared/curation/curation-view';
import { useReadAfterChanges } from '../hooks/use-read-after-changes';
import { loadCuration } from '../store/curation-commands';

/**
 * The open document's curation while the view is open, read again after every change the page
 * applies (an accept, an undo, another window's edit). `failed` says why it could not be read.
 */
export function useCurationView(open: boolean, documentId: string | null) {
  const { value: view, failed } = useReadAfterChanges<CurationView>(open ? documentId : null, loadCuration);
  return { view: open && view?.documentId === documentId ? view : null, failed };
}
