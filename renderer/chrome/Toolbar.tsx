import { importDocuments } from '../import/import-documents';
import { redo, undo } from '../store/annotation-commands';
import { closeProject, saveProjectAs, setPreferences } from '../store/project-commands';
import { useWorkbench } from '../store/workbench-store';
import { SEARCH_SHORTCUT } from '../search/use-search-keys';
import { ThemeToggle } from './ThemeToggle';
import { LINK_KEYS } from '../linking/use-link-keys';

/** The menu's actions in the page, so they work without a native menu (browser mode) too. */
export function Toolbar() {
  const canUndo = useWorkbench((s) => s.session?.canUndo ?? false);
  const canRedo = useWorkbench((s) => s.session?.canRedo ?? false);
  const snapToWords = useWorkbench((s) => s.preferences.snapToWords);
  const showArcs = useWorkbench((s) => s.preferences.showArcs);
  const setAboutOpen = useWorkbench((s) => s.setAboutOpen);
  const setExportOpen = useWorkbench((s) => s.setExportOpen);
  const setAgreementOpen = useWorkbench((s) => s.setAgreementOpen);
  const openSearch = useWorkbench((s) => s.openSearch);

  return (
    <div role="toolbar" aria-label="Project" className="toolbar">
      <button type="button" onClick={() => void importDocuments()}>
        Import documents…
      </button>
      <button type="button" onClick={() => setExportOpen(true)}>
        Export…
      </button>
      <button type="button" onClick={() => setAgreementOpen(true)}>
        Agreement…
      </button>
      <button type="button" onClick={openSearch} aria-keyshortcuts={SEARCH_SHORTCUT.keys}>
        Search… <kbd aria-hidden="true">{SEARCH_SHORTCUT.text}</kbd>
      </button>
      <span className="toolbar-separator" aria-hidden="true" />
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
      <span className="toolbar-separator" aria-hidden="true" />
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
      <ThemeToggle />
      <span className="toolbar-separator" aria-hidden="true" />
      <button type="button" className="quiet-button" onClick={() => void saveProjectAs()}>
        Save as…
      </button>
      <button type="button" className="quiet-button" onClick={() => void closeProject()}>
        Close project
      </button>
      <button type="button" className="quiet-button" onClick={() => setAboutOpen(true)}>
        About
      </button>
    </div>
  );
}
