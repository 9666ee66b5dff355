import { useRef, type KeyboardEvent } from 'react';
import type { Label } from '../../shared/model';
import { ListProblems } from './SchemaInputs';

interface Props {
  labels: readonly Label[];
  selected: number;
  onSelect(index: number): void;
  /** Moves the label at `index` one place up (-1) or down (1). */
  onMove(index: number, by: -1 | 1): void;
  onAdd(): void;
  onDelete(): void;
}

export const MOVE_UP_KEYS = 'Alt+ArrowUp';
export const MOVE_DOWN_KEYS = 'Alt+ArrowDown';

/**
 * The labels in their order (the legend's and the hotkeys' order), one button each: arrow keys
 * go from one to the next, Alt+arrow moves the selected one, focus staying on it.
 */
export function LabelList({ labels, selected, onSelect, onMove, onAdd, onDelete }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const focusLabel = (index: number) =>
    requestAnimationFrame(() => listRef.current?.querySelectorAll('button')[index]?.focus());

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const by = event.key === 'ArrowUp' ? -1 : 1;
    const to = index + by;
    event.preventDefault();
    if (to < 0 || to >= labels.length) return;
    if (event.altKey) onMove(index, by);
    onSelect(to);
    focusLabel(to);
  };

  return (
    <section className="schema-labels" aria-labelledby="schema-labels-title">
      <h3 id="schema-labels-title">Labels</h3>
      <ListProblems id="schema-labels-problems" path="labels" />
      <ul ref={listRef} className="schema-label-list">
        {labels.map((label, index) => (
          <li key={label.id}>
            <button
              type="button"
              aria-pressed={index === selected}
              aria-keyshortcuts={`${MOVE_UP_KEYS} ${MOVE_DOWN_KEYS}`}
              onClick={() => onSelect(index)}
              onKeyDown={(e) => onKeyDown(e, index)}
            >
              <span className="schema-swatch" style={{ background: label.colour }} aria-hidden="true" />
              {label.name || '(no name)'}
            </button>
          </li>
        ))}
      </ul>
      <div className="schema-list-buttons">
        <button type="button" onClick={onAdd}>
          Add label
        </button>
        <button type="button" disabled={selected <= 0} onClick={() => onMove(selected, -1)}>
          Move up
        </button>
        <button type="button" disabled={selected >= labels.length - 1} onClick={() => onMove(selected, 1)}>
          Move down
        </button>
        <button type="button" disabled={labels.length === 0} onClick={onDelete}>
          Delete label…
        </button>
      </div>
    </section>
  );
}
