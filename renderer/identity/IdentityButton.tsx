import { useWorkbench } from '../store/workbench-store';

/** The toolbar's "You: Ana…": who signs the edits, and the way to change the name (not when given on the command line). */
export function IdentityButton() {
  const identity = useWorkbench((s) => s.identity);
  const setOpen = useWorkbench((s) => s.setIdentityOpen);
  const name = identity?.annotator?.name;
  if (!name) return null;
  // A copy handed out to you by name: you sign as the id the lead gave you, and the page says so.
  const handedOut = identity.ownId !== undefined;
  const title = identity.fixed
    ? 'Given on the command line (--annotator)'
    : handedOut
      ? `This project was handed out to you by name: your work here is signed “${identity.annotator!.id}”, as the lead knows you`
      : undefined;
  return (
    <button
      type="button"
      className="quiet-button"
      disabled={identity.fixed}
      title={title}
      aria-description={handedOut ? title : undefined}
      onClick={() => setOpen(true)}
    >
      You: {name}
      {handedOut ? ' (as in this project)' : ''}…
    </button>
  );
}
