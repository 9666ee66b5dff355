import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SearchHit } from '../../shared/search/search-request';
import { labelForKey } from '../labelling/label-hotkeys';
import { jumpToHit } from '../store/search-commands';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { allOrNone, toggled, withRange } from './hit-selection';

const PAGE = 10;

/** The row an arrow, Home, End or Page key moves to (undefined: not such a key). */
function rowAfterKey(key: string, current: number, count: number): number | undefined {
  const target =
    { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: count - 1 }[key] ??
    { PageDown: current + PAGE, PageUp: current - PAGE }[key];
  return target === undefined ? undefined : Math.max(0, Math.min(count - 1, target));
}

/** A click's modifier keys. */
export interface PointerKeys {
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * The concordance's active row and what keys and clicks do to it and to the selection (by hitKey,
 * in the store): arrows move, Space selects, Shift+arrows and Shift+Space select from the anchor,
 * Ctrl+A all or none, Enter jumps to the hit, a label's key calls `onLabelKey`; a click selects
 * one row, Ctrl+click adds it, Shift+click the range.
 */
export function useConcordanceKeys(
  rows: readonly SearchHit[],
  keys: readonly string[],
  listRef: RefObject<HTMLElement | null>,
  onLabelKey: (labelId: string, active: SearchHit) => void,
) {
  const labels = useWorkbench(selectLabels);
  const selected = useWorkbench((s) => s.selectedHits);
  const setSelected = useWorkbench((s) => s.setSelectedHits);
  const [active, setActive] = useState(0);
  const [anchor, setAnchor] = useState(0);
  const current = Math.max(0, Math.min(active, rows.length - 1));

  // Rows are memoised: their handlers stay the same and read the latest state from here.
  const latest = useRef({ selected, keys, anchor, rows });
  useLayoutEffect(() => {
    latest.current = { selected, keys, anchor, rows };
  });
  const onPointer = useCallback(
    (index: number, event: PointerKeys) => {
      const { selected, keys, anchor } = latest.current;
      listRef.current?.focus();
      setActive(index);
      if (event.shiftKey) return setSelected(withRange(selected, keys, anchor, index));
      setAnchor(index);
      setSelected(event.ctrlKey || event.metaKey ? toggled(selected, keys[index]!) : new Set([keys[index]!]));
    },
    [listRef, setSelected],
  );
  const onJump = useCallback((index: number) => {
    const hit = latest.current.rows[index];
    if (hit) void jumpToHit(hit);
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    const hit = rows[current];
    const command = event.ctrlKey || event.metaKey;
    if (!hit || event.altKey) return;
    const handled = () => event.preventDefault();
    const to = command ? undefined : rowAfterKey(event.key, current, rows.length);
    if (to !== undefined) {
      handled();
      setActive(to);
      if (event.shiftKey) setSelected(withRange(selected, keys, anchor, to));
      else setAnchor(to);
    } else if (event.key === ' ' && !command) {
      handled();
      if (event.shiftKey) return setSelected(withRange(selected, keys, anchor, current));
      setAnchor(current);
      setSelected(toggled(selected, keys[current]!));
    } else if (command && event.key.toLowerCase() === 'a') {
      handled();
      setSelected(allOrNone(selected, keys));
    } else if (event.key === 'Enter' && !command) {
      handled();
      void jumpToHit(hit);
    } else if (!command) {
      const label = labelForKey(labels, event.key);
      if (!label) return;
      handled();
      onLabelKey(label.id, hit);
    }
  }

  return { current, selected, labels, onKeyDown, onPointer, onJump };
}
