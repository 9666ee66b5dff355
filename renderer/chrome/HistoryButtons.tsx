import { redo, undo } from '../store/annotation-commands';
import { useWorkbench } from '../store/workbench-store';

/** Undo and redo, enabled as the session says main's history allows. */
export function HistoryButtons() {
  const canUndo = useWorkbench((s) => s.session?.canUndo ?? false);
  const canRedo = useWorkbench((s) => s.session?.canRedo ?? false);
  return (
    <>
      <button
        type="button"
        className="quiet-button"
        disabled={!canUndo}
        onClick={() => void undo()}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className="quiet-button"
        disabled={!canRedo}
        onClick={() => void redo()}
        aria-keyshortcuts="Control+Shift+Z"
      >
        Redo
      </button>
    </>
  );
}
