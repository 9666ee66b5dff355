import { useState, type KeyboardEvent } from 'react';
import { toggled } from '../search/hit-selection';

/** What a list's other keys act on: the active row's key, the selected keys, and a way to let them go. */
export interface PickListState {
  active: string;
  selected: ReadonlySet<string>;
  clear(): void;
}

/**
 * A listbox's active row and its selection (by key): ↑/↓/Home/End move, Space selects or lets go;
 * other keys go to `onKey` (true: it handled the key). Rows that went away leave the selection.
 */
export function usePickList(keys: readonly string[], onKey: (event: KeyboardEvent, list: PickListState) => boolean) {
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const current = Math.max(0, Math.min(active, keys.length - 1));
  const selected = new Set([...picked].filter((k) => keys.includes(k)));
  const clear = () => setPicked(new Set());

  function onKeyDown(event: KeyboardEvent) {
    const key = keys[current];
    if (key === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    const to = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: keys.length - 1 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      setActive(Math.max(0, Math.min(keys.length - 1, to)));
    } else if (event.key === ' ') {
      event.preventDefault();
      setPicked(toggled(selected, key));
    } else if (onKey(event, { active: key, selected, clear })) event.preventDefault();
  }

  return { current, selected, setActive, onKeyDown };
}
