import { useEffect, useRef, useState } from 'react';

interface Props {
  label: string;
  initial: string;
  onSubmit(name: string): void;
  /** Esc, or an empty name: nothing changes. */
  onCancel(): void;
}

/** One line asking for an entity's name (renaming, splitting): Enter takes it, Esc lets it go. */
export function EntityNameForm({ label, initial, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.select(), []);
  return (
    <form
      className="entity-name-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) onSubmit(name.trim());
        else onCancel();
      }}
    >
      <label>
        {label}{' '}
        <input
          ref={inputRef}
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }}
        />
      </label>
    </form>
  );
}
