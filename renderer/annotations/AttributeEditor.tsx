import { useEffect, useMemo, useRef } from 'react';
import type { Annotation, Label } from '../../shared/model';
import { selectReadOnly, useWorkbench } from '../store/workbench-store';
import { draftFromAttributes, type AttributeDraft, type DraftValue } from './attribute-draft';
import { useAttributeDraft } from './use-attribute-draft';
import { AttributeField } from './AttributeField';
import { figureSuggestion } from './figure-suggestion';
import { SuggestedValue } from './SuggestedValue';
import { useFormKeys } from './use-form-keys';
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
  const { draft, setDraft, error, setError, save, close, finish } = useAttributeDraft(
    annotation,
    label,
    readOnly,
    onClose,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const id = `attributes-${annotation.id}`;

  const focusFirstField = () =>
    formRef.current?.querySelector<HTMLElement>('.attribute-field :is(input, select)')?.focus();
  useEffect(() => {
    const accept = formRef.current?.querySelector<HTMLElement>('.attribute-suggestion-accept');
    if (accept) accept.focus();
    else focusFirstField();
    // Only when the editor opens: later renders must not pull focus back.
  }, []);

  useFormKeys(formRef, (keep) => finish('keyboard', keep));

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
        <AttributeFields
          label={label}
          id={id}
          excerpt={excerpt}
          draft={draft}
          onChange={(name, value) => {
            setError(null);
            setDraft((d) => ({ ...d, [name]: value }));
          }}
        />
      </fieldset>
      {error && (
        <p className="attribute-error" role="alert">
          {error}
        </p>
      )}
      <EditorActions readOnly={readOnly} onCancel={() => finish('keyboard', false)} />
    </form>
  );
}

function EditorActions({ readOnly, onCancel }: { readOnly: boolean; onCancel: () => void }) {
  return (
    <div className="attribute-editor-actions">
      <button type="submit" disabled={readOnly}>
        Save
      </button>
      <button type="button" className="quiet-button" onClick={onCancel}>
        Cancel
      </button>
      <span className="note-help">Enter saves · Esc cancels</span>
    </div>
  );
}

interface FieldsProps {
  label: Label;
  id: string;
  excerpt: string;
  draft: AttributeDraft;
  onChange(name: string, value: DraftValue): void;
}

/** One field per attribute the label declares. */
function AttributeFields({ label, id, excerpt, draft, onChange }: FieldsProps) {
  return label.attributes.map((definition) => (
    <AttributeField
      key={definition.name}
      definition={definition}
      id={`${id}-${definition.name}`}
      excerpt={excerpt}
      value={Object.hasOwn(draft, definition.name) ? draft[definition.name]! : ''}
      onChange={(value: DraftValue) => onChange(definition.name, value)}
    />
  ));
}
