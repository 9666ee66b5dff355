import {
  CONCORDANCE_ORDERS,
  COVERAGE_FILTERS,
  type ConcordanceOrder,
  type CoverageFilter,
} from '../../shared/search/concordance-order';
import { LabelButton } from '../labelling/LabelButton';
import { selectLabels, selectReadOnly, useWorkbench } from '../store/workbench-store';

const ORDER_NAMES: Record<ConcordanceOrder, string> = {
  text: 'as found',
  left: 'by left context',
  right: 'by right context',
};
const COVERAGE_NAMES: Record<CoverageFilter, string> = {
  all: 'all hits',
  labelled: 'labelled hits',
  unlabelled: 'hits not labelled',
};

interface ConcordanceControlsProps {
  shown: number;
  selected: number;
  onSelectAll(): void;
  onLabel(labelId: string): void;
  onExport(): void;
}

/** How the concordance is sorted and filtered, selecting all, labelling the selection, exporting CSV. */
export function ConcordanceControls({ shown, selected, onSelectAll, onLabel, onExport }: ConcordanceControlsProps) {
  const order = useWorkbench((s) => s.concordanceOrder);
  const coverage = useWorkbench((s) => s.coverageFilter);
  const setView = useWorkbench((s) => s.setConcordanceView);
  const labels = useWorkbench(selectLabels);
  const readOnly = useWorkbench(selectReadOnly);
  return (
    <div className="concordance-controls">
      <label>
        Sort
        <select value={order} onChange={(e) => setView({ order: e.target.value as ConcordanceOrder })}>
          {CONCORDANCE_ORDERS.map((o) => (
            <option key={o} value={o}>
              {ORDER_NAMES[o]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Show
        <select value={coverage} onChange={(e) => setView({ coverage: e.target.value as CoverageFilter })}>
          {COVERAGE_FILTERS.map((c) => (
            <option key={c} value={c}>
              {COVERAGE_NAMES[c]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="quiet-button" disabled={shown === 0} onClick={onSelectAll}>
        {selected === shown && shown > 0 ? 'Select none' : 'Select all'}
      </button>
      <span className="concordance-selected" aria-live="polite">
        {selected} selected
      </span>
      {!readOnly && (
        <div role="group" aria-label="Label selected as" className="concordance-label-group">
          <span aria-hidden="true">Label selected as</span>
          {labels.map((l) => (
            <LabelButton key={l.id} label={l} disabled={selected === 0} onClick={() => onLabel(l.id)} />
          ))}
        </div>
      )}
      <button type="button" disabled={shown === 0} onClick={onExport}>
        Export CSV…
      </button>
    </div>
  );
}
