import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** Marks the transactions that build the document (the only ones allowed to change it). */
export const documentBuildKey = new PluginKey('tagwrightDocumentBuild');

const refuse = (_view: unknown, event: Event): boolean => {
  event.preventDefault();
  return true;
};

/**
 * Keeps the text immutable while the editor stays editable: `editable: false` would drop the
 * caret and with it keyboard selection (Shift+arrows). Every input event is refused before the
 * browser acts on it, and any transaction that would still change the document is filtered out.
 */
export const ReadOnlyGuard = Extension.create({
  name: 'tagwrightReadOnlyGuard',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('tagwrightReadOnlyGuard'),
        filterTransaction: (tr) => !tr.docChanged || tr.getMeta(documentBuildKey) === true,
        props: {
          handleDOMEvents: { beforeinput: refuse, paste: refuse, drop: refuse, cut: refuse, dragstart: refuse },
          handleTextInput: () => true,
        },
      }),
    ];
  },
});
