import { memo, useEffect, useRef } from 'react';
import type { Annotation, Label } from '../../shared/model';
import { labelColourStyle } from '../labelling/label-colour-style';
import { useDocumentViewHandle } from '../labelling/document-view-handle-context';
import { deleteAnnotation, updateAnnotation } from '../store/annotation-commands';
import { selectLabels, selectReadOnly, useWorkbench } from '../store/workbench-store';
import { AttributeEditor } from './AttributeEditor';
import { summariseAttributes } from './attribute-summary';
import { isFigureLabel } from './figure-suggestion';
import { NoteEditor } from './NoteEditor';
import { AnnotationRelations } from '../relations/AnnotationRelations';
import { quoteExcerpt } from './quote-excerpt';

interface Props {
  annotation: Annotation;
  label: Label | undefined;
  selected: boolean;
}

/**
 * One annotation: its label, its quote, its note; click to show it in the text. Memoised: an
 * edit redraws only the row whose annotation object changed.
 */
export const AnnotationRow = memo(function AnnotationRow({ annotation, label, selected }: Props) {
  const labels = useWorkbench(selectLabels);
  const readOnly = useWorkbench(selectReadOnly);
  const editingNote = useWorkbench((s) => s.noteEditorFor === annotation.id);
  const selectAnnotation = useWorkbench((s) => s.selectAnnotation);
  const openNoteEditor = useWorkbench((s) => s.openNoteEditor);
  const setSelectionSpan = useWorkbench((s) => s.setSelectionSpan);
  const viewRef = useDocumentViewHandle();
  const rowRef = useRef<HTMLLIElement>(null);
  const attributesButtonRef = useRef<HTMLButtonElement>(null);
  const editingAttributes = useWorkbench((s) => s.attributeEditorFor === annotation.id);
  const openAttributeEditor = useWorkbench((s) => s.openAttributeEditor);
  const excerpt = quoteExcerpt(annotation.quote);
  const attributeSummary = summariseAttributes(annotation.attributes, label?.attributes ?? []);
  const attributesAction = !isFigureLabel(label)
    ? 'Attributes'
    : typeof annotation.attributes.value === 'number'
      ? 'Edit value'
      : 'Add value';

  useEffect(() => {
    if (selected) rowRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <li
      ref={rowRef}
      className={selected ? 'annotation-row is-selected' : 'annotation-row'}
      style={labelColourStyle(label?.colour ?? '#888888')}
    >
      <button
        type="button"
        className="annotation-quote"
        aria-pressed={selected}
        aria-label={`${label?.name ?? annotation.label}: ${excerpt}`}
        onClick={() => {
          // A text selection left in the view would make the next label key create, not relabel.
          viewRef.current?.clearSelection();
          setSelectionSpan(null);
          selectAnnotation(annotation.id);
          viewRef.current?.revealAnnotation(annotation.id);
        }}
      >
        <span className="annotation-quote-text">“{annotation.quote}”</span>
      </button>
      {attributeSummary && <p className="annotation-attributes">{attributeSummary}</p>}
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
      {editingAttributes && label && label.attributes.length > 0 && (
        <AttributeEditor
          annotation={annotation}
          label={label}
          excerpt={excerpt}
          onClose={(how) => {
            openAttributeEditor(null);
            if (how === 'keyboard') attributesButtonRef.current?.focus();
          }}
        />
      )}
      {editingNote ? (
        <NoteEditor
          annotationId={annotation.id}
          initialNote={annotation.note}
          excerpt={excerpt}
          onClose={(how) => {
            openNoteEditor(null);
            selectAnnotation(annotation.id);
            if (how === 'keyboard') viewRef.current?.focus();
          }}
        />
      ) : (
        annotation.note && <p className="annotation-note">{annotation.note}</p>
      )}
      <AnnotationRelations annotation={annotation} />
    </li>
  );
});
