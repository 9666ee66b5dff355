import type { RefObject } from 'react';
import type { Annotation, Label } from '../../shared/model';
import { deleteAnnotation, updateAnnotation } from '../store/annotation-commands';
import { selectLabels, selectReadOnly, useWorkbench } from '../store/workbench-store';
import { hasFigureAttributes, isFigureLabel } from './figure-suggestion';

interface Props {
  annotation: Annotation;
  label: Label | undefined;
  excerpt: string;
  editingAttributes: boolean;
  /** The attributes button, focused again when its editor closes from the keyboard. */
  attributesButtonRef: RefObject<HTMLButtonElement | null>;
}

/** A row's controls: relabel, open the attributes or the note, delete. */
export function AnnotationControls({ annotation, label, excerpt, editingAttributes, attributesButtonRef }: Props) {
  const labels = useWorkbench(selectLabels);
  const readOnly = useWorkbench(selectReadOnly);
  const openNoteEditor = useWorkbench((s) => s.openNoteEditor);
  const openAttributeEditor = useWorkbench((s) => s.openAttributeEditor);
  const attributesAction = !isFigureLabel(label)
    ? 'Attributes'
    : hasFigureAttributes(annotation.attributes)
      ? 'Edit value'
      : 'Add value';

  return (
    <div className="annotation-controls">
      <select
        className="annotation-label-select"
        aria-label={`Label of “${excerpt}”`}
        value={annotation.label}
        disabled={readOnly}
        onChange={(e) => void updateAnnotation(annotation.id, { label: e.target.value })}
      >
        {labels.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
      {label && label.attributes.length > 0 && (
        <button
          ref={attributesButtonRef}
          type="button"
          className="quiet-button"
          aria-label={`${attributesAction} of “${excerpt}”`}
          aria-expanded={editingAttributes}
          disabled={readOnly}
          onClick={() => openAttributeEditor(annotation.id)}
        >
          {attributesAction}
        </button>
      )}
      <button
        type="button"
        className="quiet-button"
        aria-label={`${annotation.note ? 'Edit' : 'Add'} note on “${excerpt}”`}
        disabled={readOnly}
        onClick={() => openNoteEditor(annotation.id)}
      >
        {annotation.note ? 'Edit note' : 'Add note'}
      </button>
      <button
        type="button"
        className="quiet-button danger-button"
        aria-label={`Delete annotation “${excerpt}”`}
        disabled={readOnly}
        onClick={() => void deleteAnnotation(annotation.id)}
      >
        Delete
      </button>
    </div>
  );
}
