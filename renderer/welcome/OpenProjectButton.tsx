import { useState } from 'react';
import type { ProjectFileChoice } from '../../shared/ipc/views';
import { openProject, openProjectFile } from '../store/project-commands';
import { ProjectFileList } from './ProjectFileList';

/** Opens a project file: the shell's dialog, or in browser mode the files main may open. */
export function OpenProjectButton() {
  const [choices, setChoices] = useState<Pick<ProjectFileChoice, 'path' | 'name'>[] | null>(null);
  const open = async () => {
    const step = await openProject();
    setChoices(step.status === 'done' && 'choices' in step.value ? step.value.choices : null);
  };
  return (
    <div className="open-project">
      <button type="button" onClick={() => void open()}>
        Open a project…
      </button>
      {choices && (
        <div className="project-choices">
          {choices.length === 0 ? (
            <p className="welcome-hint">No project files in the folders this window may open.</p>
          ) : (
            <ProjectFileList label="Project files" projects={choices} onOpen={(path) => void openProjectFile(path)} />
          )}
        </div>
      )}
    </div>
  );
}
