import { useEffect } from 'react';
import { isTypingTarget, labelForKey } from '../labelling/label-hotkeys';
import { selectLabels, useWorkbench } from '../store/workbench-store';

/** The key that opens the schema editor: Ctrl/Cmd+Shift+L ("labels"). */
export const SCHEMA_EDITOR_SHORTCUT = { keys: 'Control+Shift+L', text: 'Ctrl+Shift+L' } as const;

/** The keys that open the labels' help: F1 anywhere, ? outside a text field (unless a label's key). */
export const LABEL_HELP_SHORTCUT = { keys: 'F1 Shift+?', text: 'F1' } as const;

/**
 * Ctrl/Cmd+Shift+L anywhere in the workbench opens the schema editor; F1 (anywhere) or ? (not
 * while typing) the labels' help.
 */
export function useSchemaKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const plain = !(event.ctrlKey || event.metaKey || event.altKey);
      // ? is the help's unless a label has taken it as its key.
      const question =
        event.key === '?' && !isTypingTarget(event.target) && !labelForKey(selectLabels(useWorkbench.getState()), '?');
      if (plain && (event.key === 'F1' || question)) {
        event.preventDefault();
        useWorkbench.getState().setHelpOpen(true);
        return;
      }
      if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'l') return;
      event.preventDefault();
      useWorkbench.getState().setSchemaEditorOpen(true);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
