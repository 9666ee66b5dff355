import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Suggestion } from '../../shared/suggest/suggestion';
import { acceptAllOfLabel, acceptSuggestions, rejectSuggestion } from '../store/suggestion-commands';
import { selectReadOnly, useWorkbench } from '../store/workbench-store';
import { suggestionKeyAction } from './suggestion-keys';

/** The row button of a suggestion in the list, or null. */
const rowOf = (list: HTMLElement | null, id: string | undefined) =>
  id ? list?.querySelector<HTMLButtonElement>(`[data-suggestion-row="${id}"]`) : null;

/**
 * The suggestions list's keys on its focused row (suggestion-keys.ts): accept, reject, accept the
 * label, move. After an accept or a reject the row is gone; the one after it (or before, at the
 * end) takes the focus once drawn, so the keys go on working without reaching for the mouse.
 */
export function useSuggestionListKeys(
  list: readonly Suggestion[],
  listRef: RefObject<HTMLOListElement | null>,
): (event: KeyboardEvent<HTMLOListElement>) => void {
  const focusedId = useWorkbench((s) => s.focusedSuggestionId);
  const focusSuggestion = useWorkbench((s) => s.focusSuggestion);
  const readOnly = useWorkbench(selectReadOnly);
  /** A key took the focused row away: focus the row now focused once it is drawn. */
  const refocus = useRef(false);

  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const id = useWorkbench.getState().focusedSuggestionId ?? undefined;
    (rowOf(listRef.current, id) ?? listRef.current?.querySelector<HTMLButtonElement>('[data-suggestion-row]'))?.focus();
  }, [list, focusedId, listRef]);

  const focusedIndex = list.findIndex((s) => s.id === focusedId);
  const moveOnFrom = (gone: (s: Suggestion) => boolean, at: number) => {
    const rest = list.filter((s) => !gone(s));
    focusSuggestion(rest[Math.min(at, rest.length - 1)]?.id ?? null);
    refocus.current = true;
  };

  return (event) => {
    const action = suggestionKeyAction(event);
    const current = list[focusedIndex];
    if (!action || !current) return;
    event.preventDefault();
    event.stopPropagation();
    if (action === 'accept-label') {
      if (readOnly) return;
      const before = list.slice(0, focusedIndex).filter((s) => s.label !== current.label).length;
      moveOnFrom((s) => s.label === current.label, before);
      void acceptAllOfLabel(current.label);
    } else if (action === 'accept' || action === 'reject') {
      if (readOnly) return;
      moveOnFrom((s) => s.id === current.id, focusedIndex);
      void (action === 'accept' ? acceptSuggestions([current]) : rejectSuggestion(current));
    } else {
      const to = { next: focusedIndex + 1, previous: focusedIndex - 1, first: 0, last: list.length - 1 }[action];
      rowOf(listRef.current, list[Math.min(Math.max(to, 0), list.length - 1)]?.id)?.focus();
    }
  };
}
