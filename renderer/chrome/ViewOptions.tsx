import { setPreferences } from '../store/project-commands';
import { useWorkbench } from '../store/workbench-store';
import { LINK_KEYS } from '../linking/use-link-keys';

/** The toolbar's checkboxes for how the text is shown and selected: snap to words, show arcs (H). */
export function ViewOptions() {
  const snapToWords = useWorkbench((s) => s.preferences.snapToWords);
  const showArcs = useWorkbench((s) => s.preferences.showArcs);
  return (
    <>
      <label className="toolbar-check">
        <input
          type="checkbox"
          checked={snapToWords}
          onChange={(e) => void setPreferences({ snapToWords: e.target.checked })}
        />
        Snap to words
      </label>
      <label className="toolbar-check">
        <input
          type="checkbox"
          checked={showArcs}
          aria-keyshortcuts={LINK_KEYS.arcs.toUpperCase()}
          onChange={(e) => void setPreferences({ showArcs: e.target.checked })}
        />
        Show arcs <kbd aria-hidden="true">{LINK_KEYS.arcs.toUpperCase()}</kbd>
      </label>
    </>
  );
}
