import { memo } from 'react';
import type { Label } from '../../shared/model';
import type { SearchHit } from '../../shared/search/search-request';
import { labelColourStyle } from '../labelling/label-colour-style';
import type { PointerKeys } from './use-concordance-keys';
import { ConcordanceCells } from './ConcordanceCells';

interface ConcordanceRowProps {
  id: string;
  hit: SearchHit;
  documentTitle: string;
  labels: readonly Label[];
  selected: boolean;
  active: boolean;
  onPointer(index: number, event: PointerKeys): void;
  onJump(index: number): void;
  index: number;
}

/** One hit in context: its document, the words before, the hit, the words after, and the labels already on it. */
export const ConcordanceRow = memo(function ConcordanceRow(props: ConcordanceRowProps) {
  const { id, hit, documentTitle, labels, selected, active, onPointer, onJump, index } = props;
  const covering = [...new Set(hit.coveredBy.map((c) => c.label))];
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className={`concordance-row${active ? ' is-active' : ''}`}
      onMouseDown={(e) => e.preventDefault()} // keeps focus on the list, whose keys drive the rows
      onClick={(e) => onPointer(index, e)}
      onDoubleClick={() => onJump(index)}
    >
      <ConcordanceCells
        selected={selected}
        documentTitle={documentTitle}
        left={hit.left}
        text={hit.text}
        right={hit.right}
      />
      <span className="concordance-labels">
        {covering.map((labelId) => {
          const label = labels.find((l) => l.id === labelId);
          return (
            <span key={labelId} className="label-count" style={labelColourStyle(label?.colour ?? 'transparent')}>
              {label?.name ?? labelId}
            </span>
          );
        })}
      </span>
    </li>
  );
});
