import { useState, type Dispatch, type SetStateAction } from 'react';
import { schemaWithoutLabel, type AnnotationSchema } from '../../shared/model';
import { LabelDeletion } from './LabelDeletion';
import { LabelFields } from './LabelFields';
import { LabelList } from './LabelList';
import { moved, newLabel, replacedAt } from './schema-draft';

interface Props {
  saved: AnnotationSchema;
  draft: AnnotationSchema;
  setDraft: Dispatch<SetStateAction<AnnotationSchema>>;
}

/** The label list beside the selected label's fields (or, while deleting it, what deleting touches). */
export function LabelPane({ saved, draft, setDraft }: Props) {
  const [selected, setSelected] = useState(0);
  const [deleting, setDeleting] = useState(false);
  const label = draft.labels[selected];
  const setLabels = (labels: AnnotationSchema['labels']) => setDraft((d) => ({ ...d, labels }));
  return (
    <div className="schema-label-pane">
      <LabelList
        labels={draft.labels}
        selected={selected}
        onSelect={(i) => {
          setSelected(i);
          setDeleting(false);
        }}
        onMove={(i, by) => {
          setLabels(moved(draft.labels, i, by));
          setSelected(Math.max(0, Math.min(draft.labels.length - 1, i + by)));
        }}
        onAdd={() => {
          setLabels([...draft.labels, newLabel(draft)]);
          setSelected(draft.labels.length);
        }}
        onDelete={() => setDeleting(true)}
      />
      {label && deleting && (
        <LabelDeletion
          key={label.id}
          label={label}
          saved={saved.labels.some((l) => l.id === label.id)}
          others={saved.labels.filter((l) => l.id !== label.id)}
          onCancel={() => setDeleting(false)}
          onDeleted={(moveTo) => {
            setDraft((d) => schemaWithoutLabel(d, label.id, moveTo));
            setSelected(Math.max(0, selected - 1));
            setDeleting(false);
          }}
        />
      )}
      {label && !deleting && (
        <LabelFields
          key={label.id}
          label={label}
          index={selected}
          onChange={(l) => setLabels(replacedAt(draft.labels, selected, l))}
        />
      )}
    </div>
  );
}
