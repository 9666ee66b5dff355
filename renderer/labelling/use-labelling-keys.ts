import { useEffect, type RefObject } from 'react';
import type { DocumentViewHandle } from '../document-view/document-view-api';
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../store/annotation-commands';
import { neighbourInTextOrder } from '../store/annotation-list';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { isTypingTarget, labelForKey } from './label-hotkeys';

/**
 * The labelling keys: a label's hotkey labels the selected text (or relabels the selected
 * annotation), Tab/Shift+Tab walk the annotations inside the view, Delete removes, Enter opens the
 * note, Shift+Enter the attributes (a figure's value), Escape lets go. Listens in the capture phase so the editor never sees keys we handle.
 */
export function useLabellingKeys(viewRef: RefObject<DocumentViewHandle | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      // The suggestions list has keys of its own (A accepts there, Delete rejects): see SuggestionsPanel.
      if (event.target instanceof Element && event.target.closest('[data-suggestion-list]')) return;
      // The search view's keys are its own (a label key there labels the selected hits), and the Progress view's (A assigns).
      if (event.target instanceof Element && event.target.closest('[data-search-view], [data-progress-view]')) return;
      // So are an open dialog's (Escape closes it; a letter on the schema editor's label list labels nothing).
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      const state = useWorkbench.getState();
      // Link mode has the keys while it is on (renderer/linking/use-link-keys.ts).
      if (!state.current || state.linking) return;
      const view = viewRef.current;
      const inView = event.target instanceof Element && event.target.closest('[data-document-pane]') !== null;
      const handled = () => {
        event.preventDefault();
        event.stopPropagation();
      };
      const selectedId = state.selectedAnnotationId;

      if (event.key === 'Tab' && inView) {
        const next = neighbourInTextOrder(state.current.annotations, selectedId, event.shiftKey ? -1 : 1);
        if (!next) return; // past the last one: let focus leave the view as usual
        handled();
        view?.clearSelection();
        state.setSelectionSpan(null);
        state.selectAnnotation(next.id);
        view?.revealAnnotation(next.id);
        return;
      }
      if (event.key === 'Escape' && (selectedId || state.selectionSpan)) {
        handled();
        view?.clearSelection();
        state.setSelectionSpan(null);
        state.selectAnnotation(null);
        return;
      }
      // The editor learns of a new selection from the asynchronous selectionchange event; a key
      // pressed right after Shift+arrow would read the one before. Announcing it now syncs it.
      if (inView) document.dispatchEvent(new Event('selectionchange'));
      const span = view?.currentSelection() ?? state.selectionSpan;
      if ((event.key === 'Delete' || event.key === 'Backspace') && selectedId && !span) {
        handled();
        const next = neighbourInTextOrder(state.current.annotations, selectedId, 1);
        void deleteAnnotation(selectedId).then(() => {
          if (next) useWorkbench.getState().selectAnnotation(next.id);
        });
        return;
      }
      if (event.key === 'Enter' && selectedId && !span && (inView || event.target === document.body)) {
        handled();
        // Shift+Enter edits the attributes (a figure's value) where the label has any; Enter the note.
        const selected = state.current.annotations.find((a) => a.id === selectedId);
        const hasAttributes = selectLabels(state).some((l) => l.id === selected?.label && l.attributes.length > 0);
        if (event.shiftKey && hasAttributes) state.openAttributeEditor(selectedId);
        else state.openNoteEditor(selectedId);
        return;
      }
      const label = labelForKey(selectLabels(state), event.key);
      if (!label) return;
      if (span) {
        handled();
        view?.clearSelection();
        void createAnnotation(span, label.id);
      } else if (selectedId) {
        handled();
        void updateAnnotation(selectedId, { label: label.id });
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [viewRef]);
}
