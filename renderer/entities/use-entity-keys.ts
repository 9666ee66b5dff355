import { useEffect } from 'react';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { isTypingTarget, labelForKey } from '../labelling/label-hotkeys';

/** The key that opens the Entities view: Ctrl/Cmd+Shift+E. */
export const ENTITIES_SHORTCUT = { keys: 'Control+Shift+E', text: 'Ctrl+Shift+E' } as const;

/**
 * The entity keys of the workbench: L focuses the selected annotation's entity box (unless a label
 * took L as its hotkey), Ctrl+Shift+E opens the Entities view from anywhere.
 */
export function useEntityKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = useWorkbench.getState();
      const key = event.key.toLowerCase();
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && key === 'e') {
        event.preventDefault();
        state.openEntities();
        return;
      }
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey || key !== 'l') return;
      if (isTypingTarget(event.target) || labelForKey(selectLabels(state), event.key)) return;
      if (
        event.target instanceof Element &&
        event.target.closest('[data-search-view], [data-entities-view], [data-progress-view]')
      )
        return;
      const selected = state.selectedAnnotationId;
      if (!selected || state.selectionSpan || !state.current?.annotations.some((a) => a.id === selected)) return;
      event.preventDefault();
      event.stopPropagation();
      state.requestEntityLink(selected);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
