import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { EditorContent } from '@tiptap/react';
import { DocumentViewController, inIdleTime } from './document-view-controller';
import type { DocumentViewHandle, DocumentViewProps } from './document-view-api';
import { noSuggestions } from './drawn-suggestions';
import { useDocumentEditor } from './use-document-editor';
import './document-view.css';

/**
 * The document's text, read-only, with its annotations drawn as decorations. The parent gives it
 * a bounded height (it scrolls itself); see document-view-api.ts for the props and the handle.
 */
export const DocumentView = forwardRef<DocumentViewHandle, DocumentViewProps>(function DocumentView(props, ref) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<DocumentViewController | null>(null);
  // Callbacks change identity on every render of the parent; the editor reads the latest ones.
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const editor = useDocumentEditor((id) => latest.current.onSelectAnnotation(id));

  useLayoutEffect(() => {
    if (!editor || !scrollerRef.current) return;
    const created = new DocumentViewController(editor, scrollerRef.current, {
      onSelectAnnotation: (id) => latest.current.onSelectAnnotation(id),
      onSelectionChange: (span) => latest.current.onSelectionChange(span),
      onModifierSelection: (span) => latest.current.onModifierSelection?.(span),
      snapToWords: () => latest.current.snapToWords,
      scheduleBuildSlice: (slice) => (latest.current.scheduleBuildSlice ?? inIdleTime)(slice),
    });
    setController(created);
    return () => created.destroy();
  }, [editor]);

  const { documentId, text, annotationsEdit, labels, selectedAnnotationId, suggestions = noSuggestions } = props;
  // A new document: built from scratch (with the annotations and labels of this render).
  useLayoutEffect(() => {
    if (!controller) return;
    const { annotations, annotationsEdit, labels, selectedAnnotationId } = latest.current;
    const editSeq = annotationsEdit?.seq ?? 0;
    controller.load({ documentId, text, annotations, labels, selectedId: selectedAnnotationId, editSeq });
  }, [controller, documentId, text]);
  useLayoutEffect(
    () => controller?.applyEdit(annotationsEdit, latest.current.annotations),
    [controller, annotationsEdit],
  );
  useLayoutEffect(() => controller?.setLabels(labels), [controller, labels]);
  useLayoutEffect(() => controller?.setSelected(selectedAnnotationId), [controller, selectedAnnotationId]);
  // After the load above (a new document starts with none drawn), and whenever the list or focus moves.
  useLayoutEffect(() => controller?.setSuggestions(suggestions), [controller, documentId, text, suggestions]);
  // After the load above, so a jump to another document selects in the new one.
  const { spanToReveal } = props;
  useLayoutEffect(() => {
    if (controller && spanToReveal?.documentId === latest.current.documentId) controller.selectSpan(spanToReveal);
  }, [controller, spanToReveal]);

  useImperativeHandle(
    ref,
    () => ({
      revealAnnotation: (id) => controller?.reveal(id),
      revealSuggestion: (id) => controller?.revealSuggestion(id),
      currentSelection: () => controller?.currentSelection() ?? null,
      caretOffset: () => controller?.caretOffset() ?? null,
      clearSelection: () => controller?.clearSelection(),
      focus: () => controller?.focus(),
    }),
    [controller],
  );

  return (
    <div ref={scrollerRef} className="tw-docview" data-document-id={documentId}>
      <EditorContent editor={editor} className="tw-docview__page" />
      {props.children}
    </div>
  );
});
