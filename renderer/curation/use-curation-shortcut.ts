import { useEffect } from 'react';
import { useWorkbench } from '../store/workbench-store';

/** The key that opens the Curation view of the open document: Ctrl/Cmd+Shift+U ("unite"). */
export const CURATION_SHORTCUT = { keys: 'Control+Shift+U', text: 'Ctrl+Shift+U' } as const;

/** The key that switches labelling between the user's own layer and gold: Ctrl/Cmd+Shift+G. */
export const GOLD_WRITING_SHORTCUT = { keys: 'Control+Shift+G', text: 'Ctrl+Shift+G' } as const;

/**
 * The curator's keys anywhere in the workbench: Ctrl/Cmd+Shift+U opens the Curation view when a
 * document is open, Ctrl/Cmd+Shift+G switches writing to gold on and off.
 */
export function useCurationShortcut(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      const key = event.key.toLowerCase();
      const state = useWorkbench.getState();
      if (key === 'g') {
        event.preventDefault();
        state.setWritingToGold(!state.writingToGold);
        return;
      }
      if (key !== 'u' || !state.current) return;
      event.preventDefault();
      state.setCurationOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
