import { useMemo } from 'react';
import type { Assignment } from '../../shared/model';
import type { DocumentSummary } from '../../shared/ipc/views';
import { useWorkbench } from '../store/workbench-store';

/** The documents the list shows (title filter, and "Mine": assigned to this user), and this user's assignments by document. */
export function useShownDocuments(): { shown: DocumentSummary[]; mine: ReadonlyMap<string, Assignment> } {
  const documents = useWorkbench((s) => s.documents);
  const filter = useWorkbench((s) => s.documentFilter);
  const mineOnly = useWorkbench((s) => s.mineOnly);
  const assignments = useWorkbench((s) => s.assignments);
  const me = useWorkbench((s) => s.identity?.annotator?.id ?? null);
  const mine = useMemo(
    () => new Map(assignments.filter((a) => a.annotator === me).map((a) => [a.documentId, a])),
    [assignments, me],
  );
  const shown = useMemo(() => {
    const wanted = filter.trim().toLowerCase();
    return documents.filter(
      (d) => (!wanted || d.title.toLowerCase().includes(wanted)) && (!mineOnly || mine.has(d.id)),
    );
  }, [documents, filter, mineOnly, mine]);
  return { shown, mine };
}
