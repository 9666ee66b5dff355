import { memo, useId } from 'react';
import type { Annotation } from '../../shared/model';
import { linkMention } from '../store/entity-commands';
import { selectReadOnly, useWorkbench } from '../store/workbench-store';
import { EntityChoiceList } from './EntityChoiceList';
import { useEntityCombobox } from './use-entity-combobox';
import './entities.css';

/**
 * The entity a mention names, in its row: a type-ahead box (the ARIA combobox pattern) over the
 * entities of its label plus "New entity «…»" (use-entity-combobox.ts), and Unlink when linked.
 * The L key focuses it for the selected annotation.
 */
export const EntityLinkField = memo(function EntityLinkField({ annotation }: { annotation: Annotation }) {
  const readOnly = useWorkbench(selectReadOnly);
  const box = useEntityCombobox(annotation);
  const id = useId();
  const listId = `${id}-entities`;
  const { linked } = box;

  return (
    <div className="entity-link">
      <label htmlFor={`${id}-input`} className="entity-link-label">
        Entity{linked ? `: ${linked.name}` : ''}
      </label>
      <input
        ref={box.inputRef}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={box.open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={box.open && box.choices[box.active] ? `${listId}-${box.active}` : undefined}
        aria-keyshortcuts="L"
        placeholder={linked ? 'Link to another…' : 'Link to an entity…'}
        value={box.typed}
        disabled={readOnly}
        onChange={(e) => box.type(e.target.value)}
        onFocus={() => box.setOpen(true)}
        onBlur={() => box.setOpen(false)}
        onKeyDown={box.onKeyDown}
      />
      {linked && (
        <button
          type="button"
          className="quiet-button"
          aria-label={`Unlink “${annotation.quote}” from ${linked.name}`}
          disabled={readOnly}
          onClick={() => void linkMention(annotation.id, null)}
        >
          Unlink
        </button>
      )}
      <EntityChoiceList
        id={listId}
        quote={annotation.quote}
        choices={box.choices}
        active={box.active}
        open={box.open}
        onPick={box.pick}
      />
    </div>
  );
});
