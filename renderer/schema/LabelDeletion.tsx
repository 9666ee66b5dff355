import { useEffect, useRef, useState } from 'react';
import type { Label } from '../../shared/model';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { deleteLabel } from '../store/schema-commands';
import { useWorkbench } from '../store/workbench-store';

interface Props {
  label: Label;
  /** Whether the label is in the project (saved), or only in the draft. */
  saved: boolean;
  /** The saved labels its annotations may move to. */
  others: readonly Label[];
  onDeleted(moveTo: string | undefined): void;
  onCancel(): void;
}

/**
 * Deleting a label: how many annotations it touches first (main's counts, from the document
 * summaries), then where they go. A saved label is deleted in main at once (one undoable edit);
 * a label only in the draft just leaves it.
 */
export function LabelDeletion({ label, saved, others, onDeleted, onCancel }: Props) {
  const count = useWorkbench((s) => s.documents.reduce((n, d) => n + (d.labelCounts[label.id] ?? 0), 0));
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const { error, busy, run } = useDialogAction();
  const firstRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => firstRef.current?.focus(), []);

  const confirm = async () => {
    if (!saved) return onDeleted(undefined);
    const target = count > 0 ? moveTo : undefined;
    const outcome = await run(() => deleteLabel(label.id, target));
    if (outcome.status === 'done') onDeleted(target);
  };

  return (
    <section className="schema-deletion" aria-labelledby="schema-deletion-title">
      <h3 id="schema-deletion-title">Delete {label.name}</h3>
      <p ref={firstRef} tabIndex={-1}>
        {count === 0
          ? `No annotation uses ${label.name}.`
          : `${label.name} is used by ${count} annotation${count === 1 ? '' : 's'}.`}
      </p>
      {count > 0 && (
        <div className="schema-field">
          <label htmlFor="schema-deletion-move-to">Move them to</label>
          <select id="schema-deletion-move-to" value={moveTo} onChange={(e) => setMoveTo(e.target.value)}>
            {others.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <DialogAlert message={error} />
      <div className="schema-list-buttons">
        <button type="button" disabled={busy || (count > 0 && moveTo === '')} onClick={() => void confirm()}>
          {count > 0 ? `Move and delete ${label.name}` : `Delete ${label.name}`}
        </button>
        <button type="button" onClick={onCancel}>
          Keep {label.name}
        </button>
      </div>
    </section>
  );
}
