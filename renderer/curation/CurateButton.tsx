import { useWorkbench } from '../store/workbench-store';
import { CURATION_SHORTCUT } from './use-curation-shortcut';

/** The toolbar's "Curate…": the Curation view of the open document (none open: nothing to curate). */
export function CurateButton() {
  const setCurationOpen = useWorkbench((s) => s.setCurationOpen);
  const hasDocument = useWorkbench((s) => s.current !== null);
  return (
    <button
      type="button"
      onClick={() => setCurationOpen(true)}
      disabled={!hasDocument}
      aria-keyshortcuts={CURATION_SHORTCUT.keys}
    >
      Curate… <kbd aria-hidden="true">{CURATION_SHORTCUT.text}</kbd>
    </button>
  );
}
