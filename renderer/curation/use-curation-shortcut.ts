import { useEffect } from 'react';
import { useWorkbench } from '../store/workbench-store';

/** The key that opens the Curation view of the open document: Ctrl/Cmd+Shift+U ("unite"). */
export const CURATION_SHORTCUT = { keys: 'Control+Shift+U', text: 'Ctrl+Shift+U' } as const;

/** Ctrl/Cmd+Shift+U anywhere in the workbench opens the Curation view when a document is open. */
export function useCurationShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'u') return;
      const state = useWorkbench.getState();
      if (!state.current) return;
      event.preventDefault();
      state.setCurationOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
