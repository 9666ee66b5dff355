import type { KeyboardEvent } from 'react';
import type { DocumentSummary } from '../../shared/ipc/views';
import { LabelCountChips } from './LabelCountChips';
import { StatusSelect } from './StatusSelect';

interface Props {
  summary: DocumentSummary;
  isCurrent: boolean;
  /** The one item reached by Tab (roving tab index); arrows reach the others. */
  tabbable: boolean;
  /** `fromKeyboard`: Enter or Space rather than a click. */
  onOpen(fromKeyboard: boolean): void;
  onKeyDown(event: KeyboardEvent): void;
}

export function DocumentListItem({ summary, isCurrent, tabbable, onOpen, onKeyDown }: Props) {
  return (
    <li className={isCurrent ? 'document-item is-current' : 'document-item'}>
      <button
        type="button"
        className="document-open"
        aria-current={isCurrent ? 'page' : undefined}
        tabIndex={tabbable ? 0 : -1}
        onClick={(e) => onOpen(e.detail === 0)}
        onKeyDown={onKeyDown}
      >
        {summary.title}
      </button>
      <div className="document-meta">
        <StatusSelect documentId={summary.id} title={summary.title} status={summary.status} />
        <LabelCountChips counts={summary.labelCounts} />
      </div>
    </li>
  );
}
