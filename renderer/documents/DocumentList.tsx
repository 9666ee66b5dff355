import { useCallback, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { DocumentViewHandle } from '../document-view/document-view-api';
import { useDocumentViewHandle } from '../labelling/document-view-handle-context';
import { openDocument } from '../store/annotation-commands';
import { useWorkbench } from '../store/workbench-store';
import { DocumentListItem } from './DocumentListItem';
import { useShownDocuments } from './use-shown-documents';

/** The project's documents: filter by title (and "Mine": assigned to this user), arrows move, Enter or a click opens. */
export function DocumentList() {
  const documents = useWorkbench((s) => s.documents);
  const filter = useWorkbench((s) => s.documentFilter);
  const setFilter = useWorkbench((s) => s.setDocumentFilter);
  const currentId = useWorkbench((s) => s.openingDocumentId ?? s.current?.document.id ?? null);
  const [focusIndex, setFocusIndex] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const viewRef = useDocumentViewHandle();

  const mineOnly = useWorkbench((s) => s.mineOnly);
  const setMineOnly = useWorkbench((s) => s.setMineOnly);
  const { shown, mine } = useShownDocuments();
  const rovingIndex = Math.min(focusIndex, Math.max(shown.length - 1, 0));

  // Stable callbacks: an edit replaces only the open document's summary, so only its item redraws.
  const open = useCallback(
    (documentId: string, index: number, fromKeyboard: boolean) => {
      setFocusIndex(index);
      void openDocument(documentId).then(
        (opened) => opened.status === 'done' && fromKeyboard && focusTextOnceShown(viewRef),
      );
    },
    [viewRef],
  );
  const count = shown.length;
  const moveFocus = useCallback(
    (event: KeyboardEvent, index: number) => {
      const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: count - 1 }[event.key];
      if (target === undefined || target < 0 || target >= count) return;
      event.preventDefault();
      setFocusIndex(target);
      listRef.current?.querySelectorAll<HTMLButtonElement>('.document-open')[target]?.focus();
    },
    [count],
  );

  return (
    <nav className="document-list-panel" aria-label="Project documents">
      <h2 className="panel-title">Documents</h2>
      <input
        type="search"
        className="document-filter"
        placeholder="Filter by title"
        aria-label="Filter documents by title"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <label className="toolbar-check document-mine">
        <input type="checkbox" checked={mineOnly} onChange={(e) => setMineOnly(e.target.checked)} />
        Mine: assigned to me
      </label>
      <ul ref={listRef} className="stacked-list" aria-label="Documents">
        {shown.map((d, i) => (
          <DocumentListItem
            key={d.id}
            summary={d}
            isCurrent={d.id === currentId}
            assignment={mine.get(d.id)}
            tabbable={i === rovingIndex}
            index={i}
            onOpen={open}
            onKeyDown={moveFocus}
          />
        ))}
      </ul>
      {documents.length > 0 && shown.length === 0 && (
        <p className="panel-empty">
          {mineOnly ? 'No document assigned to you' : 'No document'} matches “{filter}”.
        </p>
      )}
      {documents.length === 0 && (
        <p className="panel-empty">No documents yet. Import some, or drop files and folders here.</p>
      )}
    </nav>
  );
}

/** Opened from the keyboard: go on reading there, as the text's caret is where labelling starts. */
function focusTextOnceShown(viewRef: RefObject<DocumentViewHandle | null>, attempt = 0): void {
  viewRef.current?.focus();
  const focused = document.activeElement?.closest('[data-document-pane]');
  if (!focused && attempt < 20) requestAnimationFrame(() => focusTextOnceShown(viewRef, attempt + 1));
}
