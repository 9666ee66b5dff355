import { beforeEach, describe, expect, it } from 'vitest';
import { defaultAnnotationSchema, type Annotation } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';
import { documentOf, projectChangeOf } from '../../../support/change-fixtures';
import type { DocumentSummary, ProjectChange, SessionState } from '../../../../shared/ipc/views';
import { useWorkbench } from '../../../../renderer/store/workbench-store';

const text = 'Armenia says only 25 percent of the maps are accurate.';
const initial = useWorkbench.getState();

function session(path = '/p/one.tagwright'): SessionState {
  return {
    project: {
      id: 'p',
      name: 'One',
      path,
      schema: defaultAnnotationSchema(),
      documentCount: 2,
      annotationCount: 0,
      readOnly: false,
    },
    openFailure: null,
    recent: [],
    saveState: { state: 'saved' },
    backupProblem: null,
    canUndo: false,
    canRedo: false,
  };
}

const document = documentOf(text, { title: 'Maps' });

const summaries: DocumentSummary[] = [
  { id: 'doc', title: 'Maps', status: 'new', length: text.length, labelCounts: {} },
  { id: 'other', title: 'Other', status: 'done', length: 10, labelCounts: { claim: 3 } },
];

function annotation(id: string, start: number, end: number, label = 'figure'): Annotation {
  return annotationOf(text, id, start, end, { label, createdAt: 't0', updatedAt: 't0' });
}

const store = () => useWorkbench.getState();

/** A change of the open document (or of `documents`' summaries), as main sends it. */
function change(part: {
  added?: Annotation[];
  changed?: Annotation[];
  removed?: string[];
  documents?: DocumentSummary[];
  documentId?: string | null;
}): ProjectChange {
  const { added = [], changed = [], removed = [], documents = [], documentId } = part;
  return projectChangeOf({
    annotations: { added, changed, removed },
    documents: { changed: documents },
    ...(documentId !== undefined ? { documentId } : {}),
  });
}

/** How many times the store's state changed while `run` ran. */
function storeUpdates(run: () => void): number {
  let updates = 0;
  const off = useWorkbench.subscribe(() => updates++);
  run();
  off();
  return updates;
}

beforeEach(() => {
  useWorkbench.setState(initial, true);
  store().setSession(session());
  store().setDocuments(summaries);
  store().setCurrent({ document, annotations: [], relations: [], events: [], equivalences: [] });
});

describe('changes from main', () => {
  it('applies a call result once; the projectChanged event naming this window changes nothing', () => {
    store().setWindowId('window-1');
    const created = change({ added: [annotation('a', 13, 28)] });
    expect(storeUpdates(() => store().applyProjectChange(created))).toBe(1);
    const after = useWorkbench.getState();
    expect(after.current?.annotations.map((a) => a.quote)).toEqual(['only 25 percent']);
    expect(after.current?.lastEdit).toMatchObject({ seq: 1, removed: [] });

    // The same change comes back as the event, a fresh copy, naming this window: ignored.
    expect(
      storeUpdates(() => store().receiveProjectChange({ origin: 'window-1', change: structuredClone(created) })),
    ).toBe(0);
    expect(useWorkbench.getState()).toBe(after);
  });

  it('applies an event from another window (or from no window, as the CLI), once each', () => {
    store().setWindowId('window-1');
    const fromOther = change({ added: [annotation('a', 13, 28)] });
    expect(storeUpdates(() => store().receiveProjectChange({ origin: 'window-2', change: fromOther }))).toBe(1);
    expect(store().current?.annotations.map((a) => a.id)).toEqual(['a']);
    store().receiveProjectChange({ origin: null, change: change({ added: [annotation('b', 0, 7, 'actor')] }) });
    expect(store().current?.annotations.map((a) => a.id)).toEqual(['b', 'a']);
    expect(store().current?.lastEdit?.seq).toBe(2);
    expect(store().session).toMatchObject({ canUndo: true, project: { annotationCount: 1 } });
  });

  it('changes only the list for another document', () => {
    const before = store().current;
    const summary = { ...summaries[1]!, labelCounts: { claim: 2 } };
    store().applyProjectChange(change({ documentId: 'other', removed: ['x'], documents: [summary] }));
    expect(store().current).toBe(before);
    expect(store().documents[1]).toBe(summary);
  });

  it('applies the open document’s part of a change across documents (labelling search hits), and its undo', () => {
    const elsewhere = annotationOf('Other text', 'b', 0, 5, { documentId: 'other', label: 'actor' });
    store().applyProjectChange(change({ documentId: null, added: [annotation('a', 13, 28, 'actor'), elsewhere] }));
    expect(store().current?.annotations.map((a) => a.id)).toEqual(['a']);
    expect(store().current?.lastEdit).toMatchObject({ seq: 1, added: [{ id: 'a' }], removed: [] });
    store().applyProjectChange(change({ documentId: null, removed: ['a', 'b'] }));
    expect(store().current?.annotations).toEqual([]);
    expect(store().current?.lastEdit).toMatchObject({ seq: 2, added: [], removed: [{ id: 'a' }] });
  });

  it('lists an added document once when the list read meanwhile already holds it', () => {
    const imported = { id: 'new', title: 'New', status: 'new' as const, length: 3, labelCounts: {} };
    // The page's first listDocuments answered after the import: the event's document is in it.
    store().setDocuments([...summaries, imported]);
    store().applyProjectChange(projectChangeOf({ documentId: null, documents: { added: [imported] } }));
    expect(store().documents.map((d) => d.id)).toEqual(['doc', 'other', 'new']);
  });

  it('takes the document list’s counts from main’s summaries, never recounting', () => {
    const counted = { ...summaries[0]!, status: 'in-progress' as const, labelCounts: { figure: 1, actor: 1 } };
    store().applyProjectChange(
      change({ added: [annotation('a', 13, 28), annotation('b', 0, 7, 'actor')], documents: [counted] }),
    );
    expect(store().documents).toEqual([counted, summaries[1]]);
  });

  it('applies the events and equivalence groups of a change once, leaving the drawn annotations alone', () => {
    const event = {
      id: 'e1',
      documentId: 'doc',
      type: 'event',
      trigger: 'a',
      arguments: [{ role: 'agent', target: 'b', targetKind: 'annotation' as const }],
      attributes: { Negation: true },
      note: '',
      annotator: '',
      createdAt: 't0',
      updatedAt: 't0',
    };
    const group = { id: 'g1', documentId: 'doc', type: 'Equiv', members: ['a', 'b'], annotator: '' };
    store().setWindowId('window-1');
    const made = projectChangeOf({ events: { added: [event] }, equivalences: { added: [group] } });
    expect(storeUpdates(() => store().applyProjectChange(made))).toBe(1);
    expect(store().current).toMatchObject({ events: [event], equivalences: [group], lastEdit: null });
    expect(storeUpdates(() => store().receiveProjectChange({ origin: 'window-1', change: made }))).toBe(0);

    const trimmed = { ...event, arguments: [] };
    store().receiveProjectChange({
      origin: 'window-2',
      change: projectChangeOf({ events: { changed: [trimmed] }, equivalences: { removed: ['g1'] } }),
    });
    expect(store().current).toMatchObject({ events: [trimmed], equivalences: [], lastEdit: null });
    // Another document's events are not this one's.
    store().applyProjectChange(projectChangeOf({ documentId: 'other', events: { removed: ['e1'] } }));
    expect(store().current?.events).toEqual([trimmed]);
  });

  it('lets go of a selected annotation or open note that was removed', () => {
    store().applyProjectChange(change({ added: [annotation('a', 13, 28)] }));
    store().openNoteEditor('a');
    expect(store().selectedAnnotationId).toBe('a');
    store().receiveProjectChange({ origin: 'window-2', change: change({ removed: ['a'] }) });
    expect(store().selectedAnnotationId).toBeNull();
    expect(store().noteEditorFor).toBeNull();
  });
});

describe('the open document read again (after missed events)', () => {
  it('replaces its annotations as one edit and keeps what the user pointed at, if it still exists', () => {
    store().applyProjectChange(change({ added: [annotation('a', 13, 28), annotation('b', 0, 7, 'actor')] }));
    store().openNoteEditor('a');
    const before = store().current!;
    const fresh = [annotation('c', 44, 52), { ...annotation('a', 13, 28), note: 'checked' }];
    const group = { id: 'g1', documentId: 'doc', type: 'Equiv', members: ['a', 'c'], annotator: '' };
    store().refreshCurrent({
      document: { ...document, status: 'in-progress' },
      annotations: fresh,
      relations: [],
      events: [],
      equivalences: [group],
    });

    const after = store().current!;
    expect(after.document.status).toBe('in-progress');
    expect(after.annotations.map((a) => a.id)).toEqual(['a', 'c']);
    expect(after.annotations[0]!.note).toBe('checked');
    expect(after.equivalences).toEqual([group]);
    // Everything drawn out, everything read in: the view redraws in place from this one edit.
    expect(after.lastEdit).toEqual({
      seq: before.lastEdit!.seq + 1,
      added: after.annotations,
      removed: before.annotations,
    });
    expect(store().selectedAnnotationId).toBe('a');
    expect(store().noteEditorFor).toBe('a');

    // Read again without it: let go.
    store().refreshCurrent({
      document,
      annotations: [annotation('c', 44, 52)],
      relations: [],
      events: [],
      equivalences: [],
    });
    expect(store().selectedAnnotationId).toBeNull();
    expect(store().noteEditorFor).toBeNull();
  });

  it('is ignored when another document was opened meanwhile', () => {
    const before = store().current;
    store().refreshCurrent({
      document: { ...document, id: 'other' },
      annotations: [annotation('a', 13, 28)],
      relations: [],
      events: [],
      equivalences: [],
    });
    expect(store().current).toBe(before);
  });
});

describe('the session', () => {
  it('forgets the old project’s documents when another project opens', () => {
    store().setSession(session('/p/two.tagwright'));
    expect(store().current).toBeNull();
    expect(store().documents).toEqual([]);
  });

  it('starts another project in the user’s own layer, and keeps writing to gold in the same one', () => {
    store().setWritingToGold(true);
    store().setSession({ ...session(), canUndo: true });
    expect(store().writingToGold).toBe(true);
    store().setSession(session('/p/two.tagwright'));
    expect(store().writingToGold).toBe(false);
  });

  it('keeps the documents when main resends the same project', () => {
    store().setSession({ ...session(), canUndo: true });
    expect(store().current?.document.id).toBe('doc');
    expect(store().session?.canUndo).toBe(true);
  });

  it('takes a schema an import changed from the change, and keeps the schema object otherwise', () => {
    const schema = store().session!.project!.schema;
    store().applyProjectChange(change({ added: [annotation('a', 13, 28)] }));
    expect(store().session!.project!.schema).toBe(schema);
    const widened = { ...schema, labels: [...schema.labels, { ...schema.labels[0]!, id: 'quote', name: 'Quote' }] };
    store().applyProjectChange({ ...change({ documentId: 'none' }), schema: widened });
    expect(store().session!.project!.schema).toBe(widened);
  });

  it('updates the save state without touching the rest', () => {
    store().setSaveState({ state: 'error', message: 'Disk full' });
    expect(store().session?.saveState).toEqual({ state: 'error', message: 'Disk full' });
    expect(store().current?.document.id).toBe('doc');
  });
});
