import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { movedPlace, placeKey, type GridPlace } from './progress-grid-keys';

/** What the grid asks of its cursor's keys. */
export interface GridActions {
  /** A (true) or U / Delete (false) on these places: the selected ones, else the active one. */
  onAssign(places: GridPlace[], assign: boolean): void;
  onOpen(row: number): void;
}

/**
 * The grid's one tab stop and selection: arrows (Home, End, Ctrl+Home, Ctrl+End) move it and
 * focus the cell, Space selects or lets go of a cell (not a title), Escape lets go of all.
 */
export function useGridCursor(rows: number, cols: number, actions: GridActions) {
  const [at, setAt] = useState<GridPlace>({ row: 0, col: 1 });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const tableRef = useRef<HTMLTableElement>(null);
  const focusWanted = useRef(false);

  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-place="${placeKey(at)}"]`)?.focus();
  }, [at]);

  const onKeyDown = (event: KeyboardEvent) => {
    const moved = movedPlace(event.key, event.ctrlKey || event.metaKey, at, rows, cols);
    const key = event.key.toLowerCase();
    if (moved) {
      focusWanted.current = true;
      setAt(moved);
    } else if (event.key === 'Enter') actions.onOpen(at.row);
    else if (event.key === ' ' && at.col > 0) setSelected(toggled(selected, placeKey(at)));
    else if (key === 'a' || key === 'u' || event.key === 'Delete') {
      actions.onAssign(selected.size > 0 ? [...selected].map(placeOf) : [at], key === 'a');
      setSelected(new Set());
    } else if (event.key === 'Escape' && selected.size > 0) setSelected(new Set());
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  /** The props of the cell at a place: its key, whether Tab reaches it, and focus moving the cursor there. */
  const place = (row: number, col: number) => ({
    'data-place': placeKey({ row, col }),
    tabIndex: at.row === row && at.col === col ? 0 : -1,
    onFocus: () => setAt({ row, col }),
  });
  const isSelected = (row: number, col: number) => selected.has(placeKey({ row, col }));
  return { tableRef, onKeyDown, place, isSelected };
}

function toggled(set: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
}

function placeOf(key: string): GridPlace {
  const [row, col] = key.split(':').map(Number);
  return { row: row!, col: col! };
}
