import { useRef } from 'react';
import type { DocumentViewHandle } from '../document-view/document-view-api';
import { AgreementDialog } from '../agreement/AgreementDialog';
import { MergeDialog } from '../merge/MergeDialog';
import { HandoutDialog } from '../merge/HandoutDialog';
import { CurationDialog } from '../curation/CurationDialog';
import { useCurationShortcut } from '../curation/use-curation-shortcut';
import { GoldWritingBanner } from '../curation/GoldWritingBanner';
import { SyncDialog } from '../sync/SyncDialog';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel';
import { StatusBar } from '../chrome/StatusBar';
import { Toolbar } from '../chrome/Toolbar';
import { DocumentList } from '../documents/DocumentList';
import { EntitiesView } from '../entities/EntitiesView';
import { useEntityKeys } from '../entities/use-entity-keys';
import { useEntityRefresh } from '../entities/use-entity-refresh';
import { ProgressView } from '../progress/ProgressView';
import { useProgressKeys } from '../progress/use-progress-keys';
import { ExportDialog } from '../export/ExportDialog';
import { ImportDropZone } from '../import/ImportDropZone';
import { ImportReportPanel } from '../import/ImportReportPanel';
import { DocumentPane } from '../labelling/DocumentPane';
import { DocumentViewHandleContext } from '../labelling/document-view-handle-context';
import { Legend } from '../labelling/Legend';
import { useLabellingKeys } from '../labelling/use-labelling-keys';
import { useFragmentKeys } from '../labelling/use-fragment-keys';
import { DocumentAttributesForm } from '../schema/DocumentAttributesForm';
import { LabelHelpDialog } from '../schema/LabelHelpDialog';
import { SchemaEditorDialog } from '../schema/SchemaEditorDialog';
import { useSchemaKeys } from '../schema/use-schema-keys';
import { useLinkKeys } from '../linking/use-link-keys';
import { SearchView } from '../search/SearchView';
import { useSearchKeys } from '../search/use-search-keys';
import { useWorkbench } from '../store/workbench-store';
import { SuggestionSettingsDialog } from '../suggestions/SuggestionSettingsDialog';
import { SuggestionsPanel } from '../suggestions/SuggestionsPanel';
import { useSuggestionRefresh } from '../suggestions/use-suggestion-refresh';

/** The workspace of an open project: documents | the document | its suggestions and annotations, with the search view above when open. */
export function Workbench() {
  const viewRef = useRef<DocumentViewHandle | null>(null);
  const projectName = useWorkbench((s) => s.session?.project?.name ?? '');
  const exportOpen = useWorkbench((s) => s.exportOpen);
  const setExportOpen = useWorkbench((s) => s.setExportOpen);
  const searchOpen = useWorkbench((s) => s.searchOpen);
  const entitiesOpen = useWorkbench((s) => s.entitiesOpen);
  const progressOpen = useWorkbench((s) => s.progressOpen);
  // The document list selects one document at a time: the open one is the selection.
  const openDocumentId = useWorkbench((s) => s.current?.document.id ?? null);
  useLabellingKeys(viewRef);
  useFragmentKeys(viewRef);
  useLinkKeys(viewRef);
  useSuggestionRefresh();
  useSearchKeys();
  useEntityKeys();
  useEntityRefresh();
  useSchemaKeys();
  useCurationShortcut();
  useProgressKeys();

  return (
    <DocumentViewHandleContext.Provider value={viewRef}>
      <ImportDropZone>
        <div className="workbench">
          <header className="workbench-header">
            <h1 className="project-name">
              <span className="app-mark" aria-hidden="true">
                ◆
              </span>
              {projectName}
            </h1>
            <Toolbar />
          </header>
          <ImportReportPanel />
          {/* The views above the body share under half the window, so the document keeps the rest. */}
          <div className="workbench-bands">
            {searchOpen && <SearchView />}
            {entitiesOpen && <EntitiesView />}
            {progressOpen && <ProgressView />}
          </div>
          <div className="workbench-body">
            <DocumentList />
            <main className="document-column" aria-label="Document">
              <GoldWritingBanner />
              <Legend />
              <DocumentAttributesForm />
              <DocumentPane viewRef={viewRef} />
            </main>
            <div className="side-column">
              <SuggestionsPanel />
              <AnnotationsPanel />
            </div>
          </div>
          <StatusBar />
        </div>
        <ExportDialog
          open={exportOpen}
          onClose={() => setExportOpen(false)}
          selectedDocumentIds={openDocumentId ? [openDocumentId] : []}
        />
        <SuggestionSettingsDialog />
        <AgreementDialog />
        <SchemaEditorDialog />
        <LabelHelpDialog />
        <MergeDialog />
        <HandoutDialog />
        <CurationDialog />
        <SyncDialog />
      </ImportDropZone>
    </DocumentViewHandleContext.Provider>
  );
}
