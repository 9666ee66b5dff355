import { useCallback, useMemo, useRef } from 'react';
import type { Suggestion } from '../../shared/suggest/suggestion';
import { useDocumentViewHandle } from '../labelling/document-view-handle-context';
import { acceptSuggestions, rejectSuggestion } from '../store/suggestion-commands';
import { selectLabels, selectReadOnly, useWorkbench } from '../store/workbench-store';
import { SuggestionRow } from './SuggestionRow';
import { useSuggestionListKeys } from './use-suggestion-list-keys';

const acceptOne = (suggestion: Suggestion) => void acceptSuggestions([suggestion]);
const rejectOne = (suggestion: Suggestion) => void rejectSuggestion(suggestion);

/**
 * The suggestions in text order: one Tab stop (the focused row, else the first), arrows move
 * between rows, and the focused one is outlined and shown in the text.
 */
export function SuggestionList({ list, helpId }: { list: readonly Suggestion[]; helpId: string }) {
  const focusedId = useWorkbench((s) => s.focusedSuggestionId);
  const focusSuggestion = useWorkbench((s) => s.focusSuggestion);
  const labels = useWorkbench(selectLabels);
  const readOnly = useWorkbench(selectReadOnly);
  const viewRef = useDocumentViewHandle();
  const listRef = useRef<HTMLOListElement>(null);
  const onKeyDown = useSuggestionListKeys(list, listRef);
  const labelById = useMemo(() => new Map(labels.map((l) => [l.id, l])), [labels]);
  const tabStopId = (list.find((s) => s.id === focusedId) ?? list[0])?.id;

  const onFocus = useCallback(
    (suggestion: Suggestion) => {
      // The keys act on the suggestion now: nothing else stays selected for them to act on.
      const state = useWorkbench.getState();
      viewRef.current?.clearSelection();
      state.setSelectionSpan(null);
      state.selectAnnotation(null);
      focusSuggestion(suggestion.id);
      viewRef.current?.revealSuggestion(suggestion.id);
    },
    [focusSuggestion, viewRef],
  );

  return (
    <ol
      ref={listRef}
      className="suggestion-list"
      aria-label="Suggestions in text order"
      data-suggestion-list
      onKeyDown={onKeyDown}
    >
      {list.map((s) => (
        <SuggestionRow
          key={s.id}
          suggestion={s}
          labelById={labelById}
          focused={s.id === focusedId}
          tabStop={s.id === tabStopId}
          readOnly={readOnly}
          helpId={helpId}
          onFocus={onFocus}
          onAccept={acceptOne}
          onReject={rejectOne}
        />
      ))}
    </ol>
  );
}
