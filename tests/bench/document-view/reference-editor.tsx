import { useLayoutEffect, useRef } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Annotation, Label } from '../../../shared/model';
import { createOffsetIndex, type OffsetIndex } from '../../../renderer/document-view/offset-index';

// The bench's reference (issue 4, point 7): a plain read-only TipTap editor with StarterKit whose
// plugin builds every decoration with DecorationSet.create at start-up; adds use DecorationSet.add.
const key = new PluginKey<DecorationSet>('referenceHighlights');

function decorationsFor(a: Annotation, offsets: OffsetIndex, colours: Map<string, string>): Decoration[] {
  const out: Decoration[] = [];
  for (let p = offsets.paragraphAtOffset(a.start); p <= offsets.paragraphAtOffset(a.end - 1); p++) {
    const from = Math.max(a.start, offsets.paragraphStart(p));
    const to = Math.min(a.end, offsets.paragraphEnd(p));
    if (to <= from) continue;
    out.push(
      Decoration.inline(offsets.posAt(from), offsets.posAt(to), {
        nodeName: 'span',
        class: 'ref-hl',
        'data-annotation-id': a.id,
        style: `background-color: ${colours.get(a.label)}40`,
      }),
    );
  }
  return out;
}

export function ReferenceEditor(props: { text: string; annotations: readonly Annotation[]; labels: readonly Label[] }) {
  const offsets = useRef(createOffsetIndex(props.text)).current;
  const colours = useRef(new Map(props.labels.map((l) => [l.id, l.colour]))).current;
  const shown = useRef(props.annotations);
  const editor = useEditor(
    {
      editable: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      extensions: [
        StarterKit,
        Extension.create({
          name: 'referenceHighlights',
          addProseMirrorPlugins: () => [
            new Plugin<DecorationSet>({
              key,
              state: {
                init: (_config, state) =>
                  DecorationSet.create(
                    state.doc,
                    props.annotations.flatMap((a) => decorationsFor(a, offsets, colours)),
                  ),
                apply: (tr, set) => {
                  const added = tr.getMeta(key) as Annotation[] | undefined;
                  const mapped = set.map(tr.mapping, tr.doc);
                  return added
                    ? mapped.add(
                        tr.doc as ProseMirrorNode,
                        added.flatMap((a) => decorationsFor(a, offsets, colours)),
                      )
                    : mapped;
                },
              },
              props: { decorations: (state) => key.getState(state) },
            }),
          ],
        }),
      ],
      content: {
        type: 'doc',
        content: props.text.split('\n').map((line) => ({
          type: 'paragraph',
          ...(line ? { content: [{ type: 'text', text: line }] } : {}),
        })),
      },
    },
    [],
  );
  useLayoutEffect(() => {
    const added = props.annotations.slice(shown.current.length);
    shown.current = props.annotations;
    if (added.length > 0) editor.view.dispatch(editor.state.tr.setMeta(key, added));
  }, [editor, props.annotations]);
  return (
    <div className="tw-docview">
      <EditorContent editor={editor} className="tw-docview__page" />
    </div>
  );
}
