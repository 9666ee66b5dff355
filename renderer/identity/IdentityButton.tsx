import { useWorkbench } from '../store/workbench-store';

/** The toolbar's "You: Ana…": who signs the edits, and the way to change the name (not when given on the command line). */
export function IdentityButton() {
  const identity = useWorkbench((s) => s.identity);
  const setOpen = useWorkbench((s) => s.setIdentityOpen);
  const name = identity?.annotator?.name;
  if (!name) return null;
  return (
    <button
      type="button"
      className="quiet-button"
      disabled={identity.fixed}
      title={identity.fixed ? 'Given on the command line (--annotator)' : undefined}
      onClick={() => setOpen(true)}
    >
      You: {name}…
    </button>
  );
}
