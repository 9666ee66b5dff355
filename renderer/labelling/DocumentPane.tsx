import { useMemo, type RefObject } from 'react';
import type { DocumentViewHandle } from '../document-view/document-view-api';
import { DocumentView } from '../document-view/DocumentView';
import { addSpanToSelected } from '../store/annotation-commands';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { ArcLayer } from '../arcs/ArcLayer';
import { LinkBar } from '../linking/LinkBar';
import { LinkDragLayer } from '../linking/LinkDragLayer';
import { LabelMenu } from './LabelMenu';

/** The open document: its title, the view drawing its annotations, and the label menu at the selection. */
export function DocumentPane({ viewRef }: { viewRef: RefObject<DocumentViewHandle | null> }) {
  const current = useWorkbench((s) => s.current);
  const opening = useWorkbench((s) => s.openingDocumentId !== null);
  const labels = useWorkbench(selectLabels);
  const selectedAnnotationId = useWorkbench((s) => s.selectedAnnotationId);
  const snapToWords = useWorkbench((s) => s.preferences.snapToWords);
  const selectAnnotation = useWorkbench((s) => s.selectAnnotation);
  const setSelectionSpan = useWorkbench((s) => s.setSelectionSpan);
  const suggestions = useWorkbench((s) => s.suggestions);
  const focusedSuggestionId = useWorkbench((s) => s.focusedSuggestionId);
  const documentId = current?.document.id;
  // Only the open document's: a list fetched for the one before is not drawn on this one.
  const list = suggestions?.documentId === documentId ? suggestions?.list : undefined;
  const drawnSuggestions = useMemo(
    () => ({ list: list ?? [], focusedId: focusedSuggestionId }),
    [list, focusedSuggestionId],
  );
  const spanToReveal = useWorkbench((s) => s.spanToReveal);
  // Lines get room for arcs only while some are to be drawn.
  const arcsShown = useWorkbench(
    (s) =>
      s.preferences.showArcs &&
      ((s.current?.relations.length ?? 0) > 0 || (s.current?.events.some((e) => e.arguments.length > 0) ?? false)),
  );

  if (!current) {
    return (
      <div className="document-empty">
        <p>{opening ? 'Opening…' : 'Choose a document on the left to start reading.'}</p>
      </div>
    );
  }
  const { document, annotations, lastEdit } = current;
  return (
    <article
      className="document-pane"
      data-document-pane
      data-arcs={arcsShown ? 'shown' : undefined}
      aria-labelledby="document-title"
    >
      <h2 id="document-title" className="document-heading" title={document.title}>
        <span className="document-heading-text" dir="auto">
          {document.title}
        </span>
      </h2>
      <LinkBar />
      <DocumentView
        ref={viewRef}
        key={document.id}
        documentId={document.id}
        text={document.text}
        annotations={annotations}
        annotationsEdit={lastEdit}
        labels={labels}
        selectedAnnotationId={selectedAnnotationId}
        onSelectAnnotation={selectAnnotation}
        onSelectionChange={setSelectionSpan}
        onModifierSelection={(span) => {
          // Ctrl/Cmd+select with an annotation selected: one more piece of it.
          if (!useWorkbench.getState().selectedAnnotationId) return;
          viewRef.current?.clearSelection();
          void addSpanToSelected(span);
        }}
        suggestions={drawnSuggestions}
        snapToWords={snapToWords}
        spanToReveal={spanToReveal}
      >
        <ArcLayer />
        <LinkDragLayer />
      </DocumentView>
      <LabelMenu />
    </article>
  );
}
