import { memo, useEffect, useRef } from 'react';
import type { Annotation, Label } from '../../shared/model';
import { labelColourStyle } from '../labelling/label-colour-style';
import { useDocumentViewHandle } from '../labelling/document-view-handle-context';
import { useWorkbench } from '../store/workbench-store';
import { AnnotationControls } from './AnnotationControls';
import { AttributeEditor } from './AttributeEditor';
import { summariseAttributes } from './attribute-summary';
import { NoteEditor } from './NoteEditor';
import { AnnotationRelations } from '../relations/AnnotationRelations';
import { EntityLinkField } from '../entities/EntityLinkField';
import { AnnotationEvents } from '../events/AnnotationEvents';
import { quoteExcerpt } from '../display-text/quote-excerpt';
import { shownQuote } from '../display-text/shown-quote';
import { AnnotationPieces } from './AnnotationPieces';

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
  const editingNote = useWorkbench((s) => s.noteEditorFor === annotation.id);
  const selectAnnotation = useWorkbench((s) => s.selectAnnotation);
  const openNoteEditor = useWorkbench((s) => s.openNoteEditor);
  const setSelectionSpan = useWorkbench((s) => s.setSelectionSpan);
  const viewRef = useDocumentViewHandle();
  const rowRef = useRef<HTMLLIElement>(null);
  const attributesButtonRef = useRef<HTMLButtonElement>(null);
  const editingAttributes = useWorkbench((s) => s.attributeEditorFor === annotation.id);
  const openAttributeEditor = useWorkbench((s) => s.openAttributeEditor);
  const quote = shownQuote(annotation);
  const excerpt = quoteExcerpt(quote);
  const attributeSummary = summariseAttributes(annotation.attributes, label?.attributes ?? []);

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
        <span className="annotation-quote-text">
          “<bdi>{quote}</bdi>”
        </span>
      </button>
      <AnnotationPieces annotation={annotation} excerpt={excerpt} />
      {attributeSummary && <p className="annotation-attributes">{attributeSummary}</p>}
      <AnnotationControls
        annotation={annotation}
        label={label}
        excerpt={excerpt}
        editingAttributes={editingAttributes}
        attributesButtonRef={attributesButtonRef}
      />
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
      {(selected || annotation.entity !== undefined) && <EntityLinkField annotation={annotation} />}
      <AnnotationRelations annotation={annotation} />
      <AnnotationEvents annotation={annotation} />
    </li>
  );
});
