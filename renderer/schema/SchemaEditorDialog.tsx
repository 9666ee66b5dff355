import { useState } from 'react';
import type { AnnotationSchema } from '../../shared/model';
import { useModal } from '../hooks/use-modal';
import { selectReadOnly, useWorkbench } from '../store/workbench-store';
import { SchemaEditorForm } from './SchemaEditorForm';
import './schema-editor.css';

/**
 * The schema editor (toolbar "Schema…", Ctrl+Shift+L): labels, their attributes, relation and
 * event types, edited in a draft and saved as one undoable change, or cancelled (Escape).
 */
export function SchemaEditorDialog() {
  const open = useWorkbench((s) => s.schemaEditorOpen);
  const setOpen = useWorkbench((s) => s.setSchemaEditorOpen);
  const schema = useWorkbench((s) => s.session?.project?.schema ?? null);
  const readOnly = useWorkbench(selectReadOnly);
  const ref = useModal(open);
  return (
    <dialog
      ref={ref}
      className="form-dialog schema-editor"
      aria-labelledby="schema-editor-title"
      onClose={() => setOpen(false)}
    >
      <h2 id="schema-editor-title">Schema</h2>
      {open && schema && <DraftedForm saved={schema} readOnly={readOnly} onClose={() => setOpen(false)} />}
    </dialog>
  );
}

/** The form over a draft taken when the editor opens (a Save elsewhere meanwhile is not merged). */
function DraftedForm(props: { saved: AnnotationSchema; readOnly: boolean; onClose(): void }) {
  const [draft, setDraft] = useState(() => structuredClone(props.saved));
  return <SchemaEditorForm {...props} draft={draft} setDraft={setDraft} />;
}
