import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { EditorView } from '@tiptap/pm/view';
import { DocumentViewController, inIdleTime } from './document-view-controller';
import type { DocumentViewHandle, DocumentViewProps } from './document-view-api';
import { createHighlightPlugin } from './highlight-plugin';
import { ReadOnlyGuard } from './read-only-guard';
import { textDocumentExtensions } from './text-document-nodes';
import { Extension } from '@tiptap/core';
import './document-view.css';

const Highlights = Extension.create({
  name: 'tagwrightHighlights',
  addProseMirrorPlugins: () => [createHighlightPlugin()],
});

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

  const editor = useEditor(
    {
      extensions: [...textDocumentExtensions, ReadOnlyGuard, Highlights],
      editable: true,
      injectCSS: false,
      enableInputRules: false,
      enablePasteRules: false,
      enableCoreExtensions: { keymap: false, paste: false, drop: false, delete: false },
      coreExtensionOptions: { clipboardTextSerializer: { blockSeparator: '\n' } },
      shouldRerenderOnTransaction: false,
      immediatelyRender: true,
      editorProps: {
        attributes: {
          class: 'tw-docview__text',
          role: 'textbox',
          'aria-label': 'Document text',
          'aria-multiline': 'true',
          'aria-readonly': 'true',
          spellcheck: 'false',
          autocorrect: 'off',
          autocapitalize: 'off',
          translate: 'no',
        },
        handleClick: (view: EditorView, _pos: number, event: MouseEvent) => {
          if (event.shiftKey) return false;
          const target = event.target instanceof Element ? event.target.closest('[data-annotation-id]') : null;
          const id =
            target && view.dom.contains(target) ? target.getAttribute('data-annotation-id')!.split(' ')[0]! : null;
          latest.current.onSelectAnnotation(id);
          return false;
        },
      },
    },
    [],
  );

  useLayoutEffect(() => {
    if (!editor || !scrollerRef.current) return;
    const created = new DocumentViewController(editor, scrollerRef.current, {
      onSelectAnnotation: (id) => latest.current.onSelectAnnotation(id),
      onSelectionChange: (span) => latest.current.onSelectionChange(span),
      snapToWords: () => latest.current.snapToWords,
      scheduleBuildSlice: (slice) => (latest.current.scheduleBuildSlice ?? inIdleTime)(slice),
    });
    setController(created);
    return () => created.destroy();
  }, [editor]);

  const { documentId, text, annotationsEdit, labels, selectedAnnotationId } = props;
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

  useImperativeHandle(
    ref,
    () => ({
      revealAnnotation: (id) => controller?.reveal(id),
      currentSelection: () => controller?.currentSelection() ?? null,
      clearSelection: () => controller?.clearSelection(),
      focus: () => controller?.focus(),
    }),
    [controller],
  );

  return (
    <div ref={scrollerRef} className="tw-docview" data-document-id={documentId}>
      <EditorContent editor={editor} className="tw-docview__page" />
    </div>
  );
});
