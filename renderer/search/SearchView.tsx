import { useEffect, useMemo, useState } from 'react';
import { hitKey } from '../../shared/search/hit-key';
import { concordanceRows } from '../../shared/search/concordance-order';
import type { SearchHit } from '../../shared/search/search-request';
import type { ConcordanceExport } from '../../shared/ipc/views';
import { DialogAlert } from '../chrome/DialogAlert';
import { exportConcordance, refreshSearch } from '../store/search-commands';
import { useWorkbench } from '../store/workbench-store';
import { ConcordanceControls } from './ConcordanceControls';
import { ConcordanceList } from './ConcordanceList';
import { HitCounts } from './HitCounts';
import { SearchForm } from './SearchForm';
import { SearchSummary } from './SearchSummary';
import { allOrNone } from './hit-selection';
import { useLabelHits } from './use-label-hits';
import './search-view.css';

/**
 * Search the corpus (Ctrl+Shift+F): the query, counts per document, and every hit in context,
 * sorted and filtered, selected and labelled in one step, or exported as CSV. Esc closes it.
 */
export function SearchView() {
  const results = useWorkbench((s) => s.searchResults);
  const error = useWorkbench((s) => s.searchError);
  const order = useWorkbench((s) => s.concordanceOrder);
  const coverage = useWorkbench((s) => s.coverageFilter);
  const selected = useWorkbench((s) => s.selectedHits);
  const setSelected = useWorkbench((s) => s.setSelectedHits);
  const closeSearch = useWorkbench((s) => s.closeSearch);
  const documents = useWorkbench((s) => s.documents);
  const labelHits = useLabelHits();
  const [exported, setExported] = useState<ConcordanceExport | null>(null);

  // The project changed (labels counted anew in the document list): what the hits are inside may have too.
  useEffect(() => {
    void refreshSearch();
  }, [documents]);

  const rows = useMemo(
    () => (results ? concordanceRows(results.hits, order, coverage) : []),
    [results, order, coverage],
  );
  const keys = useMemo(() => rows.map(hitKey), [rows]);
  const titles = useMemo(() => new Map(documents.map((d) => [d.id, d.title])), [documents]);
  const selectedRows = rows.filter((_, i) => selected.has(keys[i]!));
  const labelSelected = (labelId: string, fallback?: SearchHit) =>
    labelHits(labelId, selectedRows.length > 0 ? selectedRows : fallback ? [fallback] : []);

  return (
    <section
      className="search-view"
      aria-labelledby="search-view-title"
      data-search-view
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        closeSearch();
      }}
    >
      <header className="search-view-header">
        <h2 id="search-view-title" className="panel-title">
          Search the corpus
        </h2>
        <SearchForm />
        <button type="button" className="quiet-button" aria-keyshortcuts="Escape" onClick={closeSearch}>
          Close search
        </button>
      </header>
      <p className="search-help">
        ↓ from the query goes to the hits · Space selects · Shift+↓ selects a range · Ctrl+A selects all · a
        label&apos;s key labels the selection · Enter shows the hit in its document · Esc closes
      </p>
      <DialogAlert message={error} />
      <SearchSummary shown={rows.length} exported={exported} />
      {results && (
        <div className="search-view-body">
          <HitCounts documents={results.documents} />
          <div className="concordance-column">
            <ConcordanceControls
              shown={rows.length}
              selected={selectedRows.length}
              onSelectAll={() => setSelected(allOrNone(selected, keys))}
              onLabel={(labelId) => labelSelected(labelId)}
              onExport={() => {
                setExported(null);
                void exportConcordance().then((outcome) =>
                  setExported(outcome.status === 'done' ? outcome.value : null),
                );
              }}
            />
            <ConcordanceList rows={rows} titles={titles} onLabelKey={labelSelected} />
          </div>
        </div>
      )}
    </section>
  );
}
