import { reloadProject } from '../store/recovery-commands';
import { useWorkbench } from '../store/workbench-store';

/** Tells that the project's file changed outside Tagwright and offers to reload it. */
export function DiskChangeBanner() {
  const change = useWorkbench((s) => s.diskChange);
  const setDiskChange = useWorkbench((s) => s.setDiskChange);
  if (!change) return null;
  return (
    <section className="disk-change" aria-labelledby="disk-change-title">
      <h2 id="disk-change-title" className="visually-hidden">
        The project file changed
      </h2>
      <p>{change.message}</p>
      {change.reason !== 'deleted' && (
        <button type="button" onClick={() => void reloadProject()}>
          Reload from disk
        </button>
      )}
      <button type="button" className="quiet-button" onClick={() => setDiskChange(null)}>
        Keep working here
      </button>
    </section>
  );
}
