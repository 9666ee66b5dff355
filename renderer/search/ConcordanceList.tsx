import { useEffect, useId, useMemo, useRef } from 'react';
import { hitKey } from '../../shared/search/hit-key';
import type { SearchHit } from '../../shared/search/search-request';
import { ConcordanceRow } from './ConcordanceRow';
import { useConcordanceKeys } from './use-concordance-keys';

interface ConcordanceListProps {
  rows: readonly SearchHit[];
  titles: ReadonlyMap<string, string>;
  /** A label's key was pressed: label the selected hits (or, with none selected, `active`). */
  onLabelKey(labelId: string, active: SearchHit): void;
}

/**
 * The keyword-in-context list, one focusable listbox (aria-activedescendant points at the active
 * row); what its keys and clicks do is use-concordance-keys.ts.
 */
export function ConcordanceList({ rows, titles, onLabelKey }: ConcordanceListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const keys = useMemo(() => rows.map(hitKey), [rows]);
  const { current, selected, labels, onKeyDown, onPointer, onJump } = useConcordanceKeys(
    rows,
    keys,
    listRef,
    onLabelKey,
  );
  const rowId = (index: number) => `${baseId}-hit-${index}`;

  useEffect(() => {
    document.getElementById(`${baseId}-hit-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [baseId, current]);

  if (rows.length === 0) return <p className="panel-empty">No hits to show.</p>;
  return (
    <ul
      ref={listRef}
      className="concordance"
      role="listbox"
      aria-multiselectable="true"
      aria-label="Hits in context"
      aria-activedescendant={rowId(current)}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {rows.map((hit, index) => (
        <ConcordanceRow
          key={keys[index]}
          id={rowId(index)}
          index={index}
          hit={hit}
          documentTitle={titles.get(hit.documentId) ?? ''}
          labels={labels}
          selected={selected.has(keys[index]!)}
          active={index === current}
          onPointer={onPointer}
          onJump={onJump}
        />
      ))}
    </ul>
  );
}
