import { useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, AttributeMap, Label } from '../../shared/model';
import { updateAnnotation } from '../store/annotation-commands';
import { selectReadOnly, useWorkbench } from '../store/workbench-store';
import { attributesFromDraft, draftFromAttributes, sameAttributes, type DraftValue } from './attribute-draft';
import { AttributeField } from './AttributeField';
import { figureSuggestion } from './figure-suggestion';
import { SuggestedValue } from './SuggestedValue';
import '../styles/attributes.css';

interface Props {
  annotation: Annotation;
  label: Label;
  excerpt: string;
  /** 'keyboard' when closed with Enter, Escape or a button (focus goes back to the row), 'blur' otherwise. */
  onClose(how: 'keyboard' | 'blur'): void;
}

/**
 * An annotation's attributes, one field per attribute its label declares. Enter or leaving the
 * form saves what was typed; Escape cancels. A figure without a value shows the normaliser's
 * suggestion, saved only when accepted.
 */
export function AttributeEditor({ annotation, label, excerpt, onClose }: Props) {
  const readOnly = useWorkbench(selectReadOnly);
  const text = useWorkbench((s) => s.current?.document.text ?? '');
  const suggestion = useMemo(() => figureSuggestion(annotation, label, text), [annotation, label, text]);
  const [draft, setDraft] = useState(() => draftFromAttributes(label.attributes, annotation.attributes));
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const closed = useRef(false);
  const id = `attributes-${annotation.id}`;

  const focusFirstField = () =>
    formRef.current?.querySelector<HTMLElement>('.attribute-field :is(input, select)')?.focus();
  useEffect(() => {
    const accept = formRef.current?.querySelector<HTMLElement>('.attribute-suggestion-accept');
    if (accept) accept.focus();
    else focusFirstField();
    // Only when the editor opens: later renders must not pull focus back.
  }, []);

  const save = (attributes: AttributeMap) => {
    if (!readOnly && !sameAttributes(attributes, annotation.attributes))
      void updateAnnotation(annotation.id, { attributes });
  };
  const close = (how: 'keyboard' | 'blur') => {
    closed.current = true;
    onClose(how);
  };
  const finish = (how: 'keyboard' | 'blur', keep: boolean) => {
    if (closed.current) return;
    if (keep) {
      const result = attributesFromDraft(label.attributes, draft, annotation.attributes);
      if ('error' in result) {
        setError(result.error);
        return;
      }
      save(result.attributes);
    }
    close(how);
  };

  // The labelling keys listen on the window in the capture phase and stop Escape on a checkbox
  // or a button; this listener on the same target still hears it.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.target instanceof Node) || !formRef.current?.contains(event.target) || event.isComposing) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        finish('keyboard', false);
      } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        finish('keyboard', true);
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  });

  return (
    <form
      ref={formRef}
      className="attribute-editor"
      aria-label={`Attributes of “${excerpt}”`}
      onSubmit={(e) => {
        e.preventDefault();
        finish('keyboard', true);
      }}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) finish('blur', true);
      }}
      // A click on a label or the form's background must not count as leaving it.
      onMouseDown={(e) => {
        if (!(e.target as Element).closest('input, select, button')) e.preventDefault();
      }}
    >
      <fieldset disabled={readOnly}>
        {suggestion && (
          <SuggestedValue
            suggestion={suggestion}
            label={label}
            id={`${id}-suggestion`}
            disabled={readOnly}
            onAccept={() => {
              save({ ...annotation.attributes, ...suggestion.attributes });
              close('keyboard');
            }}
            onFillIn={() => {
              setDraft((d) => ({ ...d, ...draftFromAttributes(label.attributes, suggestion.attributes) }));
              requestAnimationFrame(focusFirstField);
            }}
          />
        )}
        {label.attributes.map((definition) => (
          <AttributeField
            key={definition.name}
            definition={definition}
            id={`${id}-${definition.name}`}
            excerpt={excerpt}
            value={draft[definition.name] ?? ''}
            onChange={(value: DraftValue) => {
              setError(null);
              setDraft((d) => ({ ...d, [definition.name]: value }));
            }}
          />
        ))}
      </fieldset>
      {error && (
        <p className="attribute-error" role="alert">
          {error}
        </p>
      )}
      <div className="attribute-editor-actions">
        <button type="submit" disabled={readOnly}>
          Save
        </button>
        <button type="button" className="quiet-button" onClick={() => finish('keyboard', false)}>
          Cancel
        </button>
        <span className="note-help">Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}
