import { beforeEach, describe, expect, it } from 'vitest';
import { defaultAnnotationSchema, type Annotation, type TagwrightDocument } from '../../../../shared/model';
import { annotationOf } from '../../../support/annotation-fixture';
import type { DocumentSummary, SessionState } from '../../../../shared/ipc/views';
import { keepSchemaIdentity } from '../../../../renderer/store/session-slice';
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

const document: TagwrightDocument = {
  id: 'doc',
  title: 'Maps',
  text,
  sha256: '0'.repeat(64),
  source: { fileName: 'maps.txt', encoding: 'utf-8', lineEndings: 'lf', importedAt: 't0' },
  status: 'new',
  metadata: {},
};

const summaries: DocumentSummary[] = [
  { id: 'doc', title: 'Maps', status: 'new', length: text.length, labelCounts: {} },
  { id: 'other', title: 'Other', status: 'done', length: 10, labelCounts: { claim: 3 } },
];

function annotation(id: string, start: number, end: number, label = 'figure'): Annotation {
  return annotationOf(text, id, start, end, { label, createdAt: 't0', updatedAt: 't0' });
}

const store = () => useWorkbench.getState();

beforeEach(() => {
  useWorkbench.setState(initial, true);
  store().setSession(session());
  store().setDocuments(summaries);
  store().setCurrent({ document, annotations: [], relations: [] });
});

describe('the current document', () => {
  it('applies a change from main once, whether it comes as the result or as the event', () => {
    const change = { documentId: 'doc', upserted: [annotation('a', 13, 28)], removed: [] };
    store().applyAnnotationChange(change, 'call-result');
    const after = store().current;
    expect(after?.annotations.map((a) => a.quote)).toEqual(['only 25 percent']);
    expect(store().lastChangeOrigin).toBe('call-result');
    store().applyAnnotationChange(structuredClone(change), 'main-event');
    expect(store().current).toBe(after);
  });

  it('ignores changes to other documents', () => {
    const before = store().current;
    store().applyAnnotationChange({ documentId: 'other', upserted: [], removed: ['x'] }, 'main-event');
    expect(store().current).toBe(before);
  });

  it('keeps the open document’s counts in the list true, even against an older list from main', () => {
    store().applyAnnotationChange(
      { documentId: 'doc', upserted: [annotation('a', 13, 28), annotation('b', 0, 7, 'actor')], removed: [] },
      'call-result',
    );
    expect(store().documents[0]!.labelCounts).toEqual({ figure: 1, actor: 1 });
    store().setDocuments(summaries); // sent before main applied the edit
    expect(store().documents[0]!.labelCounts).toEqual({ figure: 1, actor: 1 });
    expect(store().documents[1]!.labelCounts).toEqual({ claim: 3 });
  });

  it('lets go of a selected annotation or open note that was removed', () => {
    store().applyAnnotationChange(
      { documentId: 'doc', upserted: [annotation('a', 13, 28)], removed: [] },
      'call-result',
    );
    store().openNoteEditor('a');
    expect(store().selectedAnnotationId).toBe('a');
    store().applyAnnotationChange({ documentId: 'doc', upserted: [], removed: ['a'] }, 'main-event');
    expect(store().selectedAnnotationId).toBeNull();
    expect(store().noteEditorFor).toBeNull();
  });
});

describe('the session', () => {
  it('forgets the old project’s documents when another project opens', () => {
    store().setSession(session('/p/two.tagwright'));
    expect(store().current).toBeNull();
    expect(store().documents).toEqual([]);
  });

  it('keeps the documents when main resends the same project', () => {
    store().setSession({ ...session(), canUndo: true });
    expect(store().current?.document.id).toBe('doc');
    expect(store().session?.canUndo).toBe(true);
  });

  it('keeps the schema object while its content is the same, so the view need not redraw', () => {
    const first = session();
    const resent = keepSchemaIdentity(first, JSON.parse(JSON.stringify(first)) as SessionState);
    expect(resent.project?.schema).toBe(first.project?.schema);
    const changed = session();
    changed.project!.schema.labels[0]!.colour = '#000000';
    expect(keepSchemaIdentity(first, changed).project?.schema).toBe(changed.project?.schema);
  });

  it('updates the save state without touching the rest', () => {
    store().setSaveState({ state: 'error', message: 'Disk full' });
    expect(store().session?.saveState).toEqual({ state: 'error', message: 'Disk full' });
    expect(store().current?.document.id).toBe('doc');
  });
});
