import { beforeEach, describe, expect, it } from 'vitest';
import type { EditorState } from '@tiptap/pm/state';
import type { Annotation } from '../../../../shared/model';
import type { ProjectChange } from '../../../../shared/ipc/views';
import { DrawnAnnotations } from '../../../../renderer/document-view/drawn-annotations';
import { createOffsetIndex } from '../../../../renderer/document-view/offset-index';
import { useWorkbench } from '../../../../renderer/store/workbench-store';
import { annotationOf } from '../../../support/annotation-fixture';
import { documentOf, projectChangeOf } from '../../../support/change-fixtures';
import { act, all, idsOf, sameDecorations, stateFor } from './highlight-state';

// The path a change takes to the screen, without a DOM: main's change → the store → the document
// view's DrawnAnnotations → one highlight-plugin action → the decorations.

const text = Array.from({ length: 20 }, (_, i) => `Paragraph ${i} says something about mines.`).join('\n');
const offsets = createOffsetIndex(text);
const document = documentOf(text, { status: 'in-progress' });
const inParagraph = (id: string, p: number, label = 'claim') =>
  annotationOf(text, id, offsets.paragraphStart(p), offsets.paragraphStart(p) + 9, { label });
const initial = Array.from({ length: 20 }, (_, p) => inParagraph(`p${p}`, p));

const change = (annotations: Partial<ProjectChange['annotations']>) => projectChangeOf({ annotations });

const store = () => useWorkbench.getState();
const fresh = useWorkbench.getState();
let drawn: DrawnAnnotations;
let view: EditorState;
let updates: number;

/** What the document view does on each render: take the store's last edit in, dispatching what it yields. */
function render(): void {
  const current = store().current!;
  const action = drawn.take(current.lastEdit, current.annotations);
  if (!action) return;
  updates++;
  view = act(view, action);
}

const drawnIds = () => new Set(all(view).flatMap(idsOf));

beforeEach(() => {
  useWorkbench.setState(fresh, true);
  store().setWindowId('window-1');
  store().setCurrent({ document, annotations: initial, relations: [], events: [], equivalences: [] });
  drawn = new DrawnAnnotations();
  drawn.reset(store().current!.annotations, 0);
  view = stateFor(text, store().current!.annotations).state;
  updates = 0;
});

describe('the document view applies each change once', () => {
  it('one change from this window → one decoration update of its paragraph; its event → none', () => {
    const added = inParagraph('new', 5, 'figure');
    const before = all(view);
    store().applyProjectChange(change({ added: [added] }));
    render();
    expect(updates).toBe(1);
    expect(drawnIds().has('new')).toBe(true);
    // Only paragraph 5 was redrawn: the other 19 paragraphs keep their decoration objects.
    expect(sameDecorations(all(view), before)).toHaveLength(19);

    // The event naming this window comes after the call's result: nothing more to draw.
    store().receiveProjectChange({ origin: 'window-1', change: structuredClone(change({ added: [added] })) });
    render();
    expect(updates).toBe(1);
  });

  it('a change from another window is drawn once: relabel and removal replace and drop the very objects drawn', () => {
    const relabelled: Annotation = { ...initial[3]!, label: 'event', updatedAt: 't1' };
    store().receiveProjectChange({ origin: 'window-2', change: change({ changed: [relabelled] }) });
    render();
    store().receiveProjectChange({ origin: null, change: change({ removed: ['p7'] }) });
    render();
    expect(updates).toBe(2);
    expect(drawnIds().has('p7')).toBe(false);
    expect(drawn.get('p3')).toBe(relabelled);
    expect(all(view)).toHaveLength(19);
  });

  it('two changes in one render (one edit missed): everything is drawn again from the list, once', () => {
    store().applyProjectChange(change({ added: [inParagraph('a', 2)] }));
    store().applyProjectChange(change({ removed: ['p9'], added: [inParagraph('b', 12)] }));
    render();
    expect(updates).toBe(1);
    const ids = drawnIds();
    expect(['a', 'b'].every((id) => ids.has(id))).toBe(true);
    expect(ids.has('p9')).toBe(false);
    render();
    expect(updates).toBe(1);
  });
});
