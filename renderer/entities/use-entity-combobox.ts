import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Annotation } from '../../shared/model';
import { useDocumentViewHandle } from '../labelling/document-view-handle-context';
import { createEntityFor, linkMention } from '../store/entity-commands';
import { useWorkbench } from '../store/workbench-store';
import { entityChoices, type EntityChoice } from './entity-choices';

/**
 * The entity box's state: what was typed, whether its list is open, the active option; ↓/↑ move,
 * Enter links (or makes the new entity), Esc closes and goes back to the text. The L key's request
 * for this annotation focuses the box.
 */
export function useEntityCombobox(annotation: Annotation) {
  const overviews = useWorkbench((s) => s.entityOverviews);
  const request = useWorkbench((s) =>
    s.entityLinkRequest?.annotationId === annotation.id ? s.entityLinkRequest : null,
  );
  const viewRef = useDocumentViewHandle();
  const inputRef = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const entities = useMemo(() => overviews.map((o) => o.entity), [overviews]);
  const linked = entities.find((e) => e.id === annotation.entity);
  const choices = useMemo(
    () => entityChoices(entities, annotation.label, typed, annotation.quote),
    [entities, annotation.label, typed, annotation.quote],
  );

  useEffect(() => {
    // Focusing opens the list (onFocus).
    if (request) inputRef.current?.focus();
  }, [request]);

  const close = () => {
    setOpen(false);
    setTyped('');
    setActive(0);
    viewRef.current?.focus();
  };
  const pick = (choice: EntityChoice | undefined) => {
    if (!choice) return;
    close();
    if (choice.kind === 'new') void createEntityFor(annotation, choice.name);
    else void linkMention(annotation.id, choice.entity.id);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (step !== undefined) {
      setOpen(true);
      setActive((i) => (choices.length === 0 ? 0 : (i + step + choices.length) % choices.length));
    } else if (e.key === 'Enter') pick(choices[active]);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const type = (text: string) => {
    setTyped(text);
    setActive(0);
    setOpen(true);
  };

  return { inputRef, typed, type, open, setOpen, active, choices, linked, pick, onKeyDown };
}
