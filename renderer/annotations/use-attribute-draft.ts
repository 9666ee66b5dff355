import { useRef, useState } from 'react';
import type { Annotation, AttributeMap, Label } from '../../shared/model';
import { updateAnnotation } from '../store/annotation-commands';
import { attributesFromDraft, draftFromAttributes, sameAttributes } from './attribute-draft';

export type CloseHow = 'keyboard' | 'blur';

/**
 * The attribute editor's state: the fields being edited, the last error, and how the editor
 * ends (saving what changed, or not); it ends once, however many ways the user leaves it.
 */
export function useAttributeDraft(
  annotation: Annotation,
  label: Label,
  readOnly: boolean,
  onClose: (how: CloseHow) => void,
) {
  const [draft, setDraft] = useState(() => draftFromAttributes(label.attributes, annotation.attributes));
  const [error, setError] = useState<string | null>(null);
  const closed = useRef(false);

  const save = (attributes: AttributeMap) => {
    if (!readOnly && !sameAttributes(attributes, annotation.attributes))
      void updateAnnotation(annotation.id, { attributes });
  };
  const close = (how: CloseHow) => {
    closed.current = true;
    onClose(how);
  };
  const finish = (how: CloseHow, keep: boolean) => {
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
  return { draft, setDraft, error, setError, save, close, finish };
}
