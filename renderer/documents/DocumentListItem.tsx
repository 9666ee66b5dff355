import { memo, type KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../shared/ipc/views';
import type { Assignment } from '../../shared/model';
import { AssignmentDoneCheck } from './AssignmentDoneCheck';
import { LabelCountChips } from './LabelCountChips';
import { StatusSelect } from './StatusSelect';

interface Props {
  summary: DocumentSummary;
  isCurrent: boolean;
  /** This user's assignment of the document, if it is assigned to them: they can say they finished it. */
  assignment: Assignment | undefined;
  /** The one item reached by Tab (roving tab index); arrows reach the others. */
  tabbable: boolean;
  /** Its place in the list shown, handed back to the callbacks. */
  index: number;
  /** `fromKeyboard`: Enter or Space rather than a click. */
  onOpen(documentId: string, index: number, fromKeyboard: boolean): void;
  onKeyDown(event: KeyboardEvent, index: number): void;
}

/** One document of the list; memoised, so an edit redraws only the item whose summary changed. */
export const DocumentListItem = memo(function DocumentListItem({
  summary,
  isCurrent,
  assignment,
  tabbable,
  index,
  onOpen,
  onKeyDown,
}: Props) {
  return (
    <li className={isCurrent ? 'document-item is-current' : 'document-item'}>
      <button
        type="button"
        className="document-open"
        aria-current={isCurrent ? 'page' : undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={(e) => onOpen(summary.id, index, e.detail === 0)}
        onKeyDown={(e) => onKeyDown(e, index)}
      >
        {summary.title}
      </button>
      <div className="document-meta">
        <StatusSelect documentId={summary.id} title={summary.title} status={summary.status} />
        <LabelCountChips counts={summary.labelCounts} />
        {summary.curation && (
          <span className="document-curation">
            <span aria-hidden="true">{summary.curation === 'done' ? '★' : '☆'}</span>{' '}
            {summary.curation === 'done' ? 'curated' : 'curating'}
          </span>
        )}
        {assignment && (
          <AssignmentDoneCheck documentId={summary.id} title={summary.title} done={assignment.doneAt !== undefined} />
        )}
      </div>
    </li>
  );
});
