import './identity-dialog.css';
import { useState, type FormEvent } from 'react';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import { useModal } from '../hooks/use-modal';
import { setAnnotatorName } from '../store/identity-commands';
import { useWorkbench } from '../store/workbench-store';

/**
 * "Who is annotating?": asked on first run (main knows no name yet) and whenever the user changes
 * it (Toolbar: "You: …"). On first run it cannot be dismissed: Escape does nothing, and the only
 * way on is a name (the account's user name is offered, selected, so Enter takes it).
 */
export function IdentityDialog() {
  const identity = useWorkbench((s) => s.identity);
  const openByHand = useWorkbench((s) => s.identityOpen);
  const setOpen = useWorkbench((s) => s.setIdentityOpen);
  const firstRun = identity !== null && identity.annotator === null && !identity.fixed;
  const open = firstRun || (openByHand && identity !== null && !identity.fixed);
  const ref = useModal(open);

  return (
    <dialog
      ref={ref}
      className="form-dialog identity-dialog"
      aria-labelledby="identity-title"
      onCancel={(e) => {
        if (firstRun) e.preventDefault();
      }}
      onClose={() => setOpen(false)}
    >
      {open && identity && (
        <IdentityForm
          initialName={identity.annotator?.name ?? identity.suggestedName}
          firstRun={firstRun}
          onDone={() => setOpen(false)}
        />
      )}
    </dialog>
  );
}

/** The form, mounted each time the dialog opens, so it starts from the name main has. */
function IdentityForm({
  initialName,
  firstRun,
  onDone,
}: {
  initialName: string;
  firstRun: boolean;
  onDone: () => void;
}) {
  const [name, setName] = useState(initialName);
  const { error, busy, run } = useDialogAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await run(() => setAnnotatorName(name));
    if (outcome.status === 'done') onDone();
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      <h2 id="identity-title">Who is annotating?</h2>
      <p id="identity-why">
        Your name is recorded on every annotation you make, so a lead can merge your work with others&apos; and see who
        marked what.
      </p>
      <label>
        Your name
        <input
          type="text"
          value={name}
          required
          maxLength={200}
          autoFocus
          aria-describedby="identity-why"
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <DialogAlert message={error} />
      <div className="identity-buttons">
        {!firstRun && (
          <button type="button" className="quiet-button" onClick={onDone}>
            Cancel
          </button>
        )}
        <button type="submit" disabled={busy || name.trim() === ''}>
          {firstRun ? 'Start annotating' : 'Save name'}
        </button>
      </div>
    </form>
  );
}
