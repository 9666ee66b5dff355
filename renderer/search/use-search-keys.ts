import { useEffect } from 'react';
import { useWorkbench } from '../store/workbench-store';

/** The key that opens the search view (or, open, puts the caret back in its query): Ctrl/Cmd+Shift+F. */
export const SEARCH_SHORTCUT = { keys: 'Control+Shift+F', text: 'Ctrl+Shift+F' } as const;

/** Ctrl/Cmd+Shift+F anywhere in the workbench opens the search view, even from a text field. */
export function useSearchKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      useWorkbench.getState().openSearch();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
