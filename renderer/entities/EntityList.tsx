import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Label } from '../../shared/model';
import type { EntityOverview } from '../../shared/ipc/entity-views';
import { labelColourStyle } from '../labelling/label-colour-style';
import { deleteEntity, mergeEntities, renameEntity } from '../store/entity-commands';
import { EntityNameForm } from './EntityNameForm';
import { usePickList } from './use-pick-list';

interface Props {
  overviews: readonly EntityOverview[];
  labels: readonly Label[];
  onActive(entityId: string | null): void;
  /** Enter: go to the active entity's mentions. */
  onOpen(entityId: string): void;
}

/**
 * Every entity, grouped by label, as one focusable listbox: ↑/↓ move, Space selects, M merges the
 * selected into the active one, F2 renames it, Delete removes it (its mentions stay, unlinked).
 */
export function EntityList({ overviews, labels, onActive, onOpen }: Props) {
  const ordered = useMemo(() => byLabel(overviews, labels), [overviews, labels]);
  const keys = useMemo(() => ordered.map((o) => o.entity.id), [ordered]);
  const [renaming, setRenaming] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const list = usePickList(keys, (event, { active, selected, clear }) => {
    if (event.key === 'Enter') onOpen(active);
    else if (event.key === 'F2') setRenaming(active);
    else if (event.key === 'Delete') void deleteEntity(active);
    else if (event.key.toLowerCase() === 'm' && selected.size > 0) {
      const from = [...selected].filter((id) => id !== active);
      if (from.length > 0) void mergeEntities(active, from).then(clear);
    } else return false;
    return true;
  });
  const activeId = keys[list.current] ?? null;
  useEffect(() => onActive(activeId), [activeId, onActive]);

  if (ordered.length === 0) return <p className="panel-empty">No entities yet: link a mention with L.</p>;
  const labelName = (id: string) => labels.find((l) => l.id === id)?.name ?? id;
  return (
    <div className="entity-list-column">
      {renaming && (
        <EntityNameForm
          label="New name"
          initial={ordered.find((o) => o.entity.id === renaming)?.entity.name ?? ''}
          onSubmit={(name) => {
            setRenaming(null);
            void renameEntity(renaming, name);
            listRef.current?.focus();
          }}
          onCancel={() => {
            setRenaming(null);
            listRef.current?.focus();
          }}
        />
      )}
      <ul
        ref={listRef}
        className="entity-list"
        role="listbox"
        aria-label="Entities"
        aria-multiselectable="true"
        aria-activedescendant={activeId ? `${baseId}-${activeId}` : undefined}
        tabIndex={0}
        onKeyDown={list.onKeyDown}
        data-entity-list
      >
        {ordered.map(({ entity, mentionCount, documents }, index) => (
          <li
            key={entity.id}
            id={`${baseId}-${entity.id}`}
            role="option"
            aria-selected={list.selected.has(entity.id)}
            className={index === list.current ? 'entity-row is-active' : 'entity-row'}
            style={labelColourStyle(labels.find((l) => l.id === entity.label)?.colour ?? '#888888')}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              listRef.current?.focus();
              list.setActive(index);
            }}
          >
            <span className="entity-check" aria-hidden="true">
              {list.selected.has(entity.id) ? '☑' : '☐'}
            </span>
            <span className="entity-label">{labelName(entity.label)}</span>
            <span className="entity-name">{entity.name}</span>
            {entity.aliases.length > 0 && <span className="entity-aliases">also {entity.aliases.join(', ')}</span>}
            <span className="entity-count">
              {mentionCount} {mentionCount === 1 ? 'mention' : 'mentions'} in {documents.length}{' '}
              {documents.length === 1 ? 'document' : 'documents'}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Entities in the schema's label order, then by name. */
function byLabel(overviews: readonly EntityOverview[], labels: readonly Label[]): EntityOverview[] {
  const order = new Map(labels.map((l, i) => [l.id, i]));
  const rank = (id: string) => order.get(id) ?? labels.length;
  return [...overviews].sort(
    (a, b) => rank(a.entity.label) - rank(b.entity.label) || a.entity.name.localeCompare(b.entity.name),
  );
}
