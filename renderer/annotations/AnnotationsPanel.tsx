import { useMemo, useState } from 'react';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { AnnotationRow } from './AnnotationRow';

/** Rows drawn at first; long documents grow the list on request rather than freeze the window. */
const PAGE = 200;
const noAnnotations: never[] = [];

/** The open document's annotations in text order, filterable by label, each editable in place. */
export function AnnotationsPanel() {
  const annotations = useWorkbench((s) => s.current?.annotations ?? noAnnotations);
  const hasDocument = useWorkbench((s) => s.current !== null);
  const labels = useWorkbench(selectLabels);
  const labelFilter = useWorkbench((s) => s.labelFilter);
  const setLabelFilter = useWorkbench((s) => s.setLabelFilter);
  const selectedId = useWorkbench((s) => s.selectedAnnotationId);
  const [limit, setLimit] = useState(PAGE);

  const shown = useMemo(
    () => (labelFilter ? annotations.filter((a) => a.label === labelFilter) : annotations),
    [annotations, labelFilter],
  );
  // Keep the selected annotation drawn even when it lies past the rows shown so far.
  const selectedIndex = selectedId ? shown.findIndex((a) => a.id === selectedId) : -1;
  const visibleCount = Math.max(limit, selectedIndex + 1);
  const labelById = useMemo(() => new Map(labels.map((l) => [l.id, l])), [labels]);

  return (
    <aside className="annotations-panel" aria-labelledby="annotations-title">
      <div className="panel-head">
        <h2 id="annotations-title" className="panel-title">
          Annotations <span className="panel-count">{shown.length}</span>
        </h2>
        <select
          aria-label="Show annotations of label"
          className="label-filter"
          value={labelFilter ?? ''}
          onChange={(e) => setLabelFilter(e.target.value || null)}
        >
          <option value="">All labels</option>
          {labels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      {!hasDocument ? (
        <p className="panel-empty">Open a document to see its annotations.</p>
      ) : shown.length === 0 ? (
        <p className="panel-empty">
          {annotations.length === 0
            ? 'Nothing labelled yet: select some text and press a label key.'
            : 'None with this label.'}
        </p>
      ) : (
        <ol className="stacked-list annotation-list" aria-label="Annotations in text order">
          {shown.slice(0, visibleCount).map((a) => (
            <AnnotationRow key={a.id} annotation={a} label={labelById.get(a.label)} selected={a.id === selectedId} />
          ))}
        </ol>
      )}
      {shown.length > visibleCount && (
        <button type="button" className="quiet-button show-more" onClick={() => setLimit(visibleCount + PAGE)}>
          Show {Math.min(PAGE, shown.length - visibleCount)} more of {shown.length - visibleCount}
        </button>
      )}
    </aside>
  );
}
