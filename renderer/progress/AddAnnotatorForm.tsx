import { useState, type FormEvent } from 'react';
import type { GridAnnotator } from './ProgressGrid';

/**
 * Adds a column for an annotator the project does not know yet. Their id is the name as typed (as
 * `--annotator NAME` signs a run); the first assignment adds them to the project with that name.
 */
export function AddAnnotatorForm({ onAdd }: { onAdd(annotator: GridAnnotator): void }) {
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') return;
    onAdd({ id: trimmed, name: trimmed });
    setName('');
  };
  return (
    <form className="progress-add-annotator" onSubmit={submit}>
      <label>
        Add an annotator <input type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" disabled={name.trim() === ''}>
        Add column
      </button>
    </form>
  );
}
