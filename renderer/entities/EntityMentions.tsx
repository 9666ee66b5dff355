import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { EntityMention, EntityOverview } from '../../shared/ipc/entity-views';
import { entityMentions, jumpToMention, splitEntity } from '../store/entity-commands';
import { useReadAfterChanges } from '../hooks/use-read-after-changes';
import { ConcordanceCells } from '../search/ConcordanceCells';
import { EntityNameForm } from './EntityNameForm';
import { usePickList } from './use-pick-list';

interface Props {
  overview: EntityOverview;
  /** The list should take the focus (Enter in the entity list): done once the mentions are read. */
  focusWanted: boolean;
  onFocused(): void;
}

/**
 * One entity: its mentions counted per document, and every mention in context as a listbox:
 * ↑/↓ move, Space selects, Enter shows the mention in its document, S splits the selected
 * mentions off into a new entity (named on the line that opens).
 */
export function EntityMentions({ overview, focusWanted, onFocused }: Props) {
  const { entity, documents } = overview;
  const mentions = useMentions(entity.id);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = mentions.length > 0;
  useEffect(() => {
    if (!focusWanted || !shown) return;
    listRef.current?.focus();
    onFocused();
  }, [focusWanted, shown, onFocused]);
  const [splitting, setSplitting] = useState<{ ids: string[]; done(): void } | null>(null);
  const baseId = useId();
  const keys = useMemo(() => mentions.map((m) => m.annotationId), [mentions]);
  const list = usePickList(keys, (event, { active, selected, clear }) => {
    if (event.key === 'Enter') void jumpToMention(mentions.find((m) => m.annotationId === active)!);
    else if (event.key.toLowerCase() === 's' && selected.size > 0) setSplitting({ ids: [...selected], done: clear });
    else return false;
    return true;
  });
  const focusList = () => listRef.current?.focus();

  return (
    <div className="entity-mentions">
      <h3 className="entity-title">{entity.name}</h3>
      {entity.aliases.length > 0 && <p className="entity-aliases">Also: {entity.aliases.join(', ')}</p>}
      <ul className="entity-documents" aria-label="Mentions per document">
        {documents.map((d) => (
          <li key={d.documentId}>
            {d.title}: {d.count}
          </li>
        ))}
      </ul>
      {splitting && (
        <EntityNameForm
          label="Name of the new entity"
          initial=""
          onSubmit={(name) => {
            setSplitting(null);
            void splitEntity(entity.id, splitting.ids, name).then(splitting.done);
            focusList();
          }}
          onCancel={() => {
            setSplitting(null);
            focusList();
          }}
        />
      )}
      {mentions.length === 0 ? (
        <p className="panel-empty">No mentions: every annotation linked to it was deleted.</p>
      ) : (
        <ul
          ref={listRef}
          className="concordance entity-mention-list"
          role="listbox"
          aria-label={`Mentions of ${entity.name}`}
          aria-multiselectable="true"
          aria-activedescendant={`${baseId}-${list.current}`}
          tabIndex={0}
          onKeyDown={list.onKeyDown}
        >
          {mentions.map((m, index) => (
            <MentionRow
              key={m.annotationId}
              id={`${baseId}-${index}`}
              mention={m}
              selected={list.selected.has(m.annotationId)}
              active={index === list.current}
              onActivate={() => list.setActive(index)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/** The entity's mentions in context, read again after every change the page applies. */
const noMentions: EntityMention[] = [];

function useMentions(entityId: string): EntityMention[] {
  return useReadAfterChanges<EntityMention[]>(entityId, entityMentions).value ?? noMentions;
}

interface MentionRowProps {
  id: string;
  mention: EntityMention;
  selected: boolean;
  active: boolean;
  onActivate(): void;
}

/** One mention in context, laid out as a concordance row: document, words before, the mention, words after. */
const MentionRow = memo(function MentionRow({ id, mention, selected, active, onActivate }: MentionRowProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className={`concordance-row${active ? ' is-active' : ''}`}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onActivate}
      onDoubleClick={() => void jumpToMention(mention)}
    >
      <ConcordanceCells
        selected={selected}
        documentTitle={mention.documentTitle}
        left={mention.left}
        text={mention.quote}
        right={mention.right}
      />
    </li>
  );
});
