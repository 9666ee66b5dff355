import { useEffect } from 'react';
import { refreshSuggestions } from '../store/suggestion-commands';
import { useWorkbench } from '../store/workbench-store';

/**
 * Keeps the open document's suggestions current: asked for when the document opens, after every
 * change this window applies (a label here feeds the memory there; a rejection, an undo) and when
 * the suggestion settings change.
 */
export function useSuggestionRefresh(): void {
  const documentId = useWorkbench((s) => s.current?.document.id ?? null);
  const appliedChanges = useWorkbench((s) => s.appliedChanges);
  const settings = useWorkbench((s) => s.preferences.suggestions);
  useEffect(() => {
    if (documentId) void refreshSuggestions(documentId);
  }, [documentId, appliedChanges, settings]);
}
