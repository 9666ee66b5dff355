import { useEffect } from 'react';
import { useWorkbench } from '../store/workbench-store';

/** The key that opens the Progress view: Ctrl/Cmd+Shift+P. */
export const PROGRESS_SHORTCUT = { keys: 'Control+Shift+P', text: 'Ctrl+Shift+P' } as const;

/** Ctrl/Cmd+Shift+P opens the Progress view from anywhere in the workbench. */
export function useProgressKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 'p')
        return;
      event.preventDefault();
      useWorkbench.getState().setProgressOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
