import { useEffect, type RefObject } from 'react';
import { fragmentAt } from '../../shared/model/fragment-list';
import type { DocumentViewHandle } from '../document-view/document-view-api';
import { addSpanToSelected, removeFragment } from '../store/annotation-commands';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { isTypingTarget, labelForKey } from './label-hotkeys';

/** The keys of discontinuous spans (the help panel and docs name them too). */
export const ADD_FRAGMENT_KEY = '+';
export const REMOVE_FRAGMENT_KEY = '-';

/**
 * The keys for discontinuous spans, in the document view: `+` adds the selected text to the
 * selected annotation as one more piece; `-` removes the selected annotation's piece at the
 * selection or the caret, else its last piece. A label whose hotkey is one of these keeps it.
 */
export function useFragmentKeys(viewRef: RefObject<DocumentViewHandle | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== ADD_FRAGMENT_KEY && event.key !== REMOVE_FRAGMENT_KEY) return;
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (!(event.target instanceof Element) || !event.target.closest('[data-document-pane]')) return;
      if (isTypingTarget(event.target)) return;
      const state = useWorkbench.getState();
      const selected = state.current?.annotations.find((a) => a.id === state.selectedAnnotationId);
      // Link mode reads + and - as text to find (renderer/linking/use-link-keys.ts).
      if (!selected || state.linking || labelForKey(selectLabels(state), event.key)) return;
      const view = viewRef.current;
      // As the labelling keys do: a selection made by Shift+arrow just now is announced first.
      document.dispatchEvent(new Event('selectionchange'));
      const span = view?.currentSelection() ?? null;
      event.preventDefault();
      event.stopPropagation();
      if (event.key === ADD_FRAGMENT_KEY) {
        if (!span) return;
        view?.clearSelection();
        void addSpanToSelected(span);
        return;
      }
      if (!selected.fragments) return;
      const caret = view?.caretOffset() ?? null;
      const at = span ?? (caret === null ? null : { start: caret, end: caret });
      const piece = (at && fragmentAt(selected.fragments, at)) ?? selected.fragments[selected.fragments.length - 1]!;
      void removeFragment(selected.id, piece);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [viewRef]);
}
