import { useModal } from '../hooks/use-modal';
import { useWorkbench } from '../store/workbench-store';

/** Help → About: what Tagwright is, in a modal dialog that Escape closes. */
export function AboutDialog() {
  const open = useWorkbench((s) => s.aboutOpen);
  const setAboutOpen = useWorkbench((s) => s.setAboutOpen);
  const ref = useModal(open);

  return (
    <dialog ref={ref} className="about-dialog" aria-labelledby="about-title" onClose={() => setAboutOpen(false)}>
      <h2 id="about-title">About Tagwright</h2>
      <p>An offline workbench for reading documents and labelling their passages.</p>
      <p>Your projects stay on this computer, in one file each.</p>
      <button type="button" onClick={() => setAboutOpen(false)}>
        Close
      </button>
    </dialog>
  );
}
