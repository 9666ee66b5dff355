import { openRecentProject } from '../store/project-commands';
import { useWorkbench } from '../store/workbench-store';
import { ProjectFileList } from './ProjectFileList';

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
        <ProjectFileList label="Recent projects" projects={recent} onOpen={(path) => void openRecentProject(path)} />
      )}
    </section>
  );
}
