import { useState } from 'react';
import { ownAttribute, type AttributeDefinition, type TagwrightDocument } from '../../shared/model';
import { attributesFromDraft, draftFromAttributes, type DraftValue } from '../annotations/attribute-draft';
import { AttributeField } from '../annotations/AttributeField';
import { DialogAlert } from '../chrome/DialogAlert';
import { useDialogAction } from '../hooks/use-dialog-action';
import './schema-editor.css';
import { setDocumentAttributes } from '../store/schema-commands';
import { selectReadOnly, useWorkbench } from '../store/workbench-store';

const noDefinitions: AttributeDefinition[] = [];

/**
 * The open document's attributes the schema declares ("relevant", "outlet"), above its text:
 * the annotation attribute fields, saved in the document's metadata with Save.
 */
export function DocumentAttributesForm() {
  const document = useWorkbench((s) => s.current?.document ?? null);
  const definitions = useWorkbench((s) => s.session?.project?.schema.documentAttributes ?? noDefinitions);
  if (!document || definitions.length === 0) return null;
  // A new document, or its attributes changed elsewhere: the fields start again from what is saved.
  return (
    <DocumentFields
      key={`${document.id} ${JSON.stringify(document.metadata)}`}
      document={document}
      definitions={definitions}
    />
  );
}

function DocumentFields({
  document,
  definitions,
}: {
  document: TagwrightDocument;
  definitions: AttributeDefinition[];
}) {
  const readOnly = useWorkbench(selectReadOnly);
  const [draft, setDraft] = useState(() => draftFromAttributes(definitions, document.metadata));
  const { error, setError, busy, run } = useDialogAction();
  const save = () => {
    const result = attributesFromDraft(definitions, draft, document.metadata);
    if ('error' in result) return setError(result.error);
    const declared = Object.fromEntries(
      definitions.map((d) => [d.name, ownAttribute(result.attributes, d.name) ?? null]),
    );
    void run(() => setDocumentAttributes(document.id, declared));
  };
  return (
    <details className="document-attributes">
      <summary>Document attributes</summary>
      <form
        aria-label={`Attributes of the document “${document.title}”`}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <fieldset disabled={readOnly} className="document-attributes-fields">
          {definitions.map((definition) => (
            <AttributeField
              key={definition.name}
              definition={definition}
              id={`document-attribute-${definition.name}`}
              excerpt={document.title}
              value={Object.hasOwn(draft, definition.name) ? draft[definition.name]! : ''}
              onChange={(value: DraftValue) => setDraft((d) => ({ ...d, [definition.name]: value }))}
            />
          ))}
          <button type="submit" disabled={busy}>
            Save document attributes
          </button>
        </fieldset>
        <DialogAlert message={error} />
      </form>
    </details>
  );
}
