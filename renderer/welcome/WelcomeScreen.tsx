import { ThemeToggle } from '../chrome/ThemeToggle';
import { openSampleProject } from '../store/project-commands';
import { NewProjectForm } from './NewProjectForm';
import { OpenProjectButton } from './OpenProjectButton';
import { RecentProjects } from './RecentProjects';

/** What the user sees with no project open: the sample, a new project, an existing one. */
export function WelcomeScreen() {
  return (
    <div className="welcome-page">
      <header className="welcome-header">
        <span className="welcome-brand">
          <span className="app-mark" aria-hidden="true">
            ◆
          </span>{' '}
          Tagwright
        </span>
        <ThemeToggle />
      </header>
      <main className="welcome">
        <h1>Welcome to Tagwright</h1>
        <p className="welcome-lede">Read documents, highlight passages and label them — all on this computer.</p>
        <div className="welcome-grid">
          <section className="welcome-card" aria-labelledby="welcome-start">
            <h2 id="welcome-start">Start</h2>
            <button type="button" className="primary-button" onClick={() => void openSampleProject()}>
              Open the sample project
            </button>
            <p className="welcome-hint">Five news texts with claims, figures, actors and events to label.</p>
            <NewProjectForm />
            <OpenProjectButton />
          </section>
          <RecentProjects />
        </div>
      </main>
    </div>
  );
}
