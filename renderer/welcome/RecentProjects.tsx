import { openRecentProject } from '../store/project-commands';
import { useWorkbench } from '../store/workbench-store';

const noRecent: never[] = [];

/** The projects opened lately, newest first. */
export function RecentProjects() {
  const recent = useWorkbench((s) => s.session?.recent ?? noRecent);
  return (
    <section className="welcome-card" aria-labelledby="welcome-recent">
      <h2 id="welcome-recent">Recent projects</h2>
      {recent.length === 0 ? (
        <p className="welcome-hint">Projects you open will be listed here.</p>
      ) : (
        <ul className="recent-list" aria-label="Recent projects">
          {recent.map((r) => (
            <li key={r.path}>
              <button type="button" className="link-button" onClick={() => void openRecentProject(r.path)}>
                {r.name}
              </button>
              <span className="path-text">{r.path}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
