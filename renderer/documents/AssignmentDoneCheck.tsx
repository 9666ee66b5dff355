import { markAssignmentDone } from '../store/assignment-commands';
import { selectReadOnly, useWorkbench } from '../store/workbench-store';

/** On a document assigned to this user: their word that they finished it (undoable), which the lead's Progress view shows. */
export function AssignmentDoneCheck({ documentId, title, done }: { documentId: string; title: string; done: boolean }) {
  const readOnly = useWorkbench(selectReadOnly);
  return (
    <label className="assignment-done">
      <input
        type="checkbox"
        disabled={readOnly}
        checked={done}
        aria-label={`I have finished ${title}`}
        onChange={(e) => void markAssignmentDone(documentId, e.target.checked)}
      />
      <span aria-hidden="true">Finished</span>
    </label>
  );
}
