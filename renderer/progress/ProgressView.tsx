import { useEffect, useMemo, useRef, useState } from 'react';
import type { ProgressCell } from '../../shared/team/progress-report';
import { ClosableView } from '../chrome/ClosableView';
import { useDocumentViewHandle } from '../labelling/document-view-handle-context';
import { openDocument } from '../store/annotation-commands';
import { assignDocuments, unassignDocuments } from '../store/assignment-commands';
import { useWorkbench } from '../store/workbench-store';
import { AddAnnotatorForm } from './AddAnnotatorForm';
import { ProgressGrid, type GridAnnotator } from './ProgressGrid';
import { useProgressReport } from './use-progress-report';
import { PROGRESS_SHORTCUT } from './use-progress-keys';
import './progress.css';

/**
 * The Progress view (Ctrl+Shift+P): every document against every annotator, with status, counts
 * and time spent as main counts them (shared/team/progress-report.ts), totals per annotator;
 * documents assigned and taken back from the keyboard. Esc closes it.
 */
export function ProgressView() {
  const report = useProgressReport();
  const me = useWorkbench((s) => s.identity?.annotator ?? null);
  const setOpen = useWorkbench((s) => s.setProgressOpen);
  const [said, setSaid] = useState('');
  const sectionRef = useRef<HTMLElement>(null);
  const viewRef = useDocumentViewHandle();
  const close = () => setOpen(false);

  // Columns the report lacks: this user, and annotators added here until their first assignment.
  const [added, setAdded] = useState<GridAnnotator[]>([]);
  const annotators = useMemo<GridAnnotator[]>(() => {
    const columns = [...(report?.annotators ?? [])];
    for (const a of [...(me ? [me] : []), ...added]) {
      if (!columns.some((c) => c.id === a.id)) columns.push({ id: a.id, name: a.name });
    }
    return columns;
  }, [report, me, added]);

  // Once the report is in, the grid's active cell takes the focus (the view itself until then).
  const loaded = report !== null;
  useEffect(() => {
    const cell = sectionRef.current?.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]');
    (cell ?? sectionRef.current)?.focus();
  }, [loaded]);

  const assign = async (cells: ProgressCell[], give: boolean) => {
    setSaid(await assignCells(cells, give, annotators));
  };
  const open = (documentId: string) => {
    close();
    void openDocument(documentId).then((opened) => opened.status === 'done' && viewRef.current?.focus());
  };

  return (
    <ClosableView
      ref={sectionRef}
      className="progress-view"
      data-progress-view
      title={
        <>
          Progress <kbd aria-hidden="true">{PROGRESS_SHORTCUT.text}</kbd>
        </>
      }
      closeLabel="Close progress"
      onClose={close}
      help="Arrows move · Space selects · A assigns the selected documents (or this one) to their annotator · U takes them back · Enter opens the document · Esc closes. Time spent counts the gaps between edits; a pause over 10 minutes is a break."
    >
      <AddAnnotatorForm onAdd={(a) => setAdded((list) => [...list, a])} />
      <p role="status" className="progress-said">
        {said}
      </p>
      {report === null ? (
        <p className="panel-empty">Counting…</p>
      ) : report.documents.length === 0 ? (
        <p className="panel-empty">No documents yet.</p>
      ) : annotators.length === 0 ? (
        <p className="panel-empty">
          No annotators yet: add one, say who you are (toolbar) or merge annotators&apos; files.
        </p>
      ) : (
        <ProgressGrid report={report} annotators={annotators} onAssign={(c, g) => void assign(c, g)} onOpen={open} />
      )}
    </ClosableView>
  );
}

/** Assigns (or takes back) the cells' documents, one undoable call per annotator; answers what to say. */
async function assignCells(cells: ProgressCell[], give: boolean, annotators: GridAnnotator[]): Promise<string> {
  const wanted = cells.filter((c) => c.assigned !== give);
  if (wanted.length === 0) return give ? 'Already assigned.' : 'Nothing assigned there.';
  const said: string[] = [];
  for (const a of annotators) {
    const ids = wanted.filter((c) => c.annotator === a.id).map((c) => c.documentId);
    if (ids.length === 0) continue;
    const outcome = give ? await assignDocuments(ids, a.id, a.name) : await unassignDocuments(ids, a.id);
    if (outcome.status !== 'done') continue;
    const documents = `${ids.length} document${ids.length === 1 ? '' : 's'}`;
    said.push(give ? `Assigned ${documents} to ${a.name}.` : `Took ${documents} back from ${a.name}.`);
  }
  return said.join(' ');
}
