import { useState, type Dispatch, type SetStateAction } from 'react';
import type { AnnotationSchema, SchemaProblem } from '../../shared/model';
import { updateSchema } from '../store/schema-commands';
import { AttributeDefinitionList } from './AttributeDefinitionList';
import { EventTypeList } from './EventTypeList';
import { LabelPane } from './LabelPane';
import { RelationTypeList } from './RelationTypeList';
import { schemaProblemsOf } from './schema-call-problems';
import { withIdsFromNames } from './schema-draft';
import { SchemaProblemsContext } from './SchemaInputs';

interface Props {
  saved: AnnotationSchema;
  draft: AnnotationSchema;
  setDraft: Dispatch<SetStateAction<AnnotationSchema>>;
  readOnly: boolean;
  onClose(): void;
}

/** The editor's body: the labels, the relation and event types and the document attributes below, Save and Cancel. */
export function SchemaEditorForm({ saved, draft, setDraft, readOnly, onClose }: Props) {
  const [problems, setProblems] = useState<SchemaProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const change = (next: Partial<AnnotationSchema>) => setDraft((d) => ({ ...d, ...next }));

  const save = async () => {
    setBusy(true);
    const outcome = await updateSchema(withIdsFromNames(draft, saved));
    setBusy(false);
    if (outcome.status === 'done') onClose();
    else setProblems(outcome.status === 'failed' ? schemaProblemsOf(outcome.error) : []);
  };

  return (
    <form
      className="schema-editor-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <SchemaProblemsContext.Provider value={problems}>
        <fieldset disabled={readOnly} className="schema-editor-body">
          <LabelPane saved={saved} draft={draft} setDraft={setDraft} />
          <RelationTypeList
            types={draft.relationTypes}
            labels={draft.labels}
            onChange={(relationTypes) => change({ relationTypes })}
          />
          <EventTypeList
            types={draft.eventTypes}
            labels={draft.labels}
            onChange={(eventTypes) => change({ eventTypes })}
          />
          <AttributeDefinitionList
            id="schema-document-attributes"
            title="Document attributes"
            path="documentAttributes"
            addText="Add document attribute"
            attributes={draft.documentAttributes}
            onChange={(documentAttributes) => change({ documentAttributes })}
          />
        </fieldset>
        <SaveProblems problems={problems} />
        <div className="schema-editor-buttons">
          <button type="submit" className="primary" disabled={readOnly || busy}>
            Save schema
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </SchemaProblemsContext.Provider>
    </form>
  );
}

/** Every problem main found, in one alert by the buttons (each is also said by its field, or fields). */
function SaveProblems({ problems }: { problems: readonly SchemaProblem[] }) {
  const messages = [...new Set(problems.map((p) => p.message))];
  return (
    <div role="alert" className="dialog-alert schema-save-problems">
      {problems.length > 0 && (
        <>
          <p>The schema was not saved:</p>
          <ul>
            {messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
