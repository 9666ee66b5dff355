import type { DocumentStatus } from '../../shared/model';
import { setDocumentStatus } from '../store/annotation-commands';
import { selectReadOnly, useWorkbench } from '../store/workbench-store';

const statusNames: Record<DocumentStatus, string> = { new: 'New', 'in-progress': 'In progress', done: 'Done' };

/** A document's review status, settable from the list. */
export function StatusSelect({
  documentId,
  title,
  status,
}: {
  documentId: string;
  title: string;
  status: DocumentStatus;
}) {
  const readOnly = useWorkbench(selectReadOnly);
  return (
    <select
      disabled={readOnly}
      className={`status-select status-${status}`}
      aria-label={`Status of ${title}`}
      value={status}
      onChange={(e) => void setDocumentStatus(documentId, e.target.value as DocumentStatus)}
    >
      {(Object.keys(statusNames) as DocumentStatus[]).map((s) => (
        <option key={s} value={s}>
          {statusNames[s]}
        </option>
      ))}
    </select>
  );
}
