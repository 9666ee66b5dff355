import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { updateAnnotation } from '../store/annotation-commands';

interface Props {
  annotationId: string;
  initialNote: string;
  excerpt: string;
  /** 'keyboard' when closed with Ctrl/Cmd+Enter or Escape (focus goes back to the text), 'blur' otherwise. */
  onClose(how: 'keyboard' | 'blur'): void;
}

/** An annotation's note: Ctrl/Cmd+Enter or leaving the field saves, Escape cancels. */
export function NoteEditor({ annotationId, initialNote, excerpt, onClose }: Props) {
  const [note, setNote] = useState(initialNote);
  const ref = useRef<HTMLTextAreaElement>(null);
  const closed = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (save: boolean, how: 'keyboard' | 'blur') => {
    if (closed.current) return;
    closed.current = true;
    if (save && note !== initialNote) void updateAnnotation(annotationId, { note });
    onClose(how);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      finish(true, 'keyboard');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(false, 'keyboard');
    }
  };

  return (
    <div className="note-editor">
      <textarea
        ref={ref}
        aria-label={`Note on “${excerpt}”`}
        aria-describedby={`note-help-${annotationId}`}
        value={note}
        rows={3}
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => finish(true, 'blur')}
      />
      <p id={`note-help-${annotationId}`} className="note-help">
        Ctrl+Enter saves · Esc cancels
      </p>
    </div>
  );
}
