import { EditorState } from '@tiptap/pm/state';
import type { Decoration } from '@tiptap/pm/view';
import { defaultAnnotationSchema, type Annotation } from '../../../../shared/model';
import {
  createHighlightPlugin,
  highlightPluginKey,
  highlightState,
  type HighlightAction,
} from '../../../../renderer/document-view/highlight-plugin';
import { createOffsetIndex } from '../../../../renderer/document-view/offset-index';
import { buildParagraphNodes, createTextDocumentSchema } from '../../../../renderer/document-view/text-document-nodes';

// The highlight plugin without a DOM: editor states holding a text, and what they decorate.

const schema = createTextDocumentSchema();
export const labels = defaultAnnotationSchema().labels;

/** An editor state (no DOM) holding `text`, its highlights drawn for paragraphs first..last. */
export function stateFor(text: string, annotations: readonly Annotation[], window?: { first: number; last: number }) {
  const offsets = createOffsetIndex(text);
  const doc = schema.nodes.doc!.create(null, buildParagraphNodes(schema, offsets, 0, offsets.paragraphCount));
  const state = EditorState.create({ schema, doc, plugins: [createHighlightPlugin()] });
  const load: HighlightAction = {
    type: 'load',
    offsets,
    annotations,
    labels,
    selectedId: null,
    loaded: offsets.paragraphCount,
    window: window ?? { first: 0, last: offsets.paragraphCount - 1 },
  };
  return { offsets, state: state.apply(state.tr.setMeta(highlightPluginKey, load)) };
}

export const act = (state: EditorState, action: HighlightAction) =>
  state.apply(state.tr.setMeta(highlightPluginKey, action));
export const all = (state: EditorState): Decoration[] => highlightState(state).decorations.find();
export const attrsOf = (d: Decoration) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
export const idsOf = (d: Decoration) => String(attrsOf(d)['data-annotation-id']).split(' ');
// find() returns positioned copies; the decoration's type object is what stays identical.
const typeOf = (d: Decoration) => (d as unknown as { type: object }).type;
/** The decorations of `xs` that are the very ones of `ys` (not redrawn). */
export const sameDecorations = (xs: Decoration[], ys: Decoration[]) =>
  xs.filter((x) => ys.some((y) => typeOf(y) === typeOf(x)));
