import { useEffect } from 'react';
import { useWorkbench } from '../store/workbench-store';

/** The key that opens the schema editor: Ctrl/Cmd+Shift+L ("labels"). */
export const SCHEMA_EDITOR_SHORTCUT = { keys: 'Control+Shift+L', text: 'Ctrl+Shift+L' } as const;

/** Ctrl/Cmd+Shift+L anywhere in the workbench opens the schema editor. */
export function useSchemaKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      useWorkbench.getState().setSchemaEditorOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
