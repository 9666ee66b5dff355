import { useState, type FormEvent } from 'react';
import { createProject } from '../store/project-commands';

/** A name, then main asks where to save the new project. */
export function NewProjectForm() {
  const [name, setName] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) void createProject(name.trim());
  };
  return (
    <form className="new-project-form" onSubmit={onSubmit} aria-labelledby="new-project-title">
      <h3 id="new-project-title">New project</h3>
      <label htmlFor="new-project-name">Project name</label>
      <div className="inline-fields">
        <input
          id="new-project-name"
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Landmine reporting 2024"
          autoComplete="off"
        />
        <button type="submit" disabled={!name.trim()}>
          Create project
        </button>
      </div>
    </form>
  );
}
