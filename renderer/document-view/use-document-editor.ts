import { Extension } from '@tiptap/core';
import { useEditor } from '@tiptap/react';
import type { EditorView } from '@tiptap/pm/view';
import { createHighlightPlugin } from './highlight-plugin';
import { ReadOnlyGuard } from './read-only-guard';
import { textDocumentExtensions } from './text-document-nodes';

const Highlights = Extension.create({
  name: 'tagwrightHighlights',
  addProseMirrorPlugins: () => [createHighlightPlugin()],
});

/**
 * The document view's TipTap editor, made once: plain text nodes, the highlight plugin, and a
 * guard that keeps the text read-only while it stays selectable and keyboard-navigable (so it
 * is "editable" to ProseMirror, with every editing path switched off). A click reports the
 * innermost annotation under the pointer, or null on plain text; a shift-click extends the selection; a Ctrl/Cmd-click changes nothing.
 * `onClickAnnotation` is read once, with the editor: it should call the latest callback itself.
 */
export function useDocumentEditor(onClickAnnotation: (annotationId: string | null) => void) {
  return useEditor(
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
          // Ctrl (Cmd) is for adding a piece to the selected annotation: a click keeps it selected,
          // and ProseMirror does not select the whole paragraph as it would.
          if (event.ctrlKey || event.metaKey) return true;
          const target = event.target instanceof Element ? event.target.closest('[data-annotation-id]') : null;
          const id =
            target && view.dom.contains(target) ? target.getAttribute('data-annotation-id')!.split(' ')[0]! : null;
          onClickAnnotation(id);
          return false;
        },
      },
    },
    [],
  );
}
