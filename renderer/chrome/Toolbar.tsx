import { importDocuments } from '../import/import-documents';
import { closeProject, saveProjectAs } from '../store/project-commands';
import { useWorkbench } from '../store/workbench-store';
import { SEARCH_SHORTCUT } from '../search/use-search-keys';
import { ENTITIES_SHORTCUT } from '../entities/use-entity-keys';
import { SCHEMA_EDITOR_SHORTCUT } from '../schema/use-schema-keys';
import { ThemeToggle } from './ThemeToggle';
import { HistoryButtons } from './HistoryButtons';
import { ViewOptions } from './ViewOptions';
import { IdentityButton } from '../identity/IdentityButton';
import { CurateButton } from '../curation/CurateButton';
import { PROGRESS_SHORTCUT } from '../progress/use-progress-keys';

/** The menu's actions in the page, so they work without a native menu (browser mode) too. */
export function Toolbar() {
  const setAboutOpen = useWorkbench((s) => s.setAboutOpen);
  const setExportOpen = useWorkbench((s) => s.setExportOpen);
  const setAgreementOpen = useWorkbench((s) => s.setAgreementOpen);
  const setMergeOpen = useWorkbench((s) => s.setMergeOpen);
  const setHandoutOpen = useWorkbench((s) => s.setHandoutOpen);
  const setSyncOpen = useWorkbench((s) => s.setSyncOpen);
  const openSearch = useWorkbench((s) => s.openSearch);
  const openEntities = useWorkbench((s) => s.openEntities);
  const setSchemaEditorOpen = useWorkbench((s) => s.setSchemaEditorOpen);
  const setProgressOpen = useWorkbench((s) => s.setProgressOpen);

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
      <button type="button" onClick={() => setMergeOpen(true)}>
        Merge projects…
      </button>
      <button type="button" onClick={() => setHandoutOpen(true)}>
        Export for annotator…
      </button>
      <CurateButton />
      <button type="button" onClick={() => setSyncOpen(true)}>
        Sync…
      </button>
      <button type="button" onClick={openSearch} aria-keyshortcuts={SEARCH_SHORTCUT.keys}>
        Search… <kbd aria-hidden="true">{SEARCH_SHORTCUT.text}</kbd>
      </button>
      <button type="button" onClick={openEntities} aria-keyshortcuts={ENTITIES_SHORTCUT.keys}>
        Entities… <kbd aria-hidden="true">{ENTITIES_SHORTCUT.text}</kbd>
      </button>
      <button type="button" onClick={() => setSchemaEditorOpen(true)} aria-keyshortcuts={SCHEMA_EDITOR_SHORTCUT.keys}>
        Schema…
      </button>
      <button type="button" onClick={() => setProgressOpen(true)} aria-keyshortcuts={PROGRESS_SHORTCUT.keys}>
        Progress… <kbd aria-hidden="true">{PROGRESS_SHORTCUT.text}</kbd>
      </button>
      <span className="toolbar-separator" aria-hidden="true" />
      <HistoryButtons />
      <span className="toolbar-separator" aria-hidden="true" />
      <ViewOptions />
      <ThemeToggle />
      <IdentityButton />
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
