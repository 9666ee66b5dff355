import { useLayoutEffect, useState } from 'react';
import { createAnnotation } from '../store/annotation-commands';
import { selectLabels, selectReadOnly, useWorkbench } from '../store/workbench-store';
import { useDocumentViewHandle } from './document-view-handle-context';
import { LabelButton } from './LabelButton';

interface Position {
  top: number;
  left: number;
}

/** Where the page's text selection ends on screen, or null when there is none. */
function selectionAnchor(): Position | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const rects = selection.getRangeAt(0).getClientRects();
  const last = rects[rects.length - 1];
  if (!last) return null;
  // Scrolled out of the text's box: no menu floating over the toolbar or the status bar.
  const box = document.querySelector('[data-document-pane] .tw-docview')?.getBoundingClientRect();
  if (box && (last.bottom < box.top || last.top > box.bottom)) return null;
  return { top: last.bottom + 6, left: Math.min(last.right, window.innerWidth - 320) };
}

/** A small menu of labels beside the text selection: the mouse's way to do what the hotkeys do. */
export function LabelMenu() {
  const span = useWorkbench((s) => s.selectionSpan);
  const labels = useWorkbench(selectLabels);
  const readOnly = useWorkbench(selectReadOnly);
  const viewRef = useDocumentViewHandle();
  const [position, setPosition] = useState<Position | null>(null);

  useLayoutEffect(() => {
    if (!span) return;
    const place = () => setPosition(selectionAnchor());
    place();
    // The selection moves with the text when it scrolls.
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [span]);

  if (!span || !position || readOnly) return null;
  return (
    <div
      role="group"
      aria-label="Label the selected text"
      className="label-menu"
      style={{ top: position.top, left: Math.max(8, position.left - 8) }}
      // Keep the text selection: a click here must not move focus out of the document.
      onMouseDown={(e) => e.preventDefault()}
    >
      {labels.map((l) => (
        <LabelButton
          key={l.id}
          label={l}
          onClick={() => {
            const current = viewRef.current?.currentSelection() ?? span;
            viewRef.current?.clearSelection();
            void createAnnotation(current, l.id);
          }}
        />
      ))}
    </div>
  );
}
