import { useCallback, useEffect, useRef, useState } from 'react';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { EntityList } from './EntityList';
import { EntityMentions } from './EntityMentions';
import './entities.css';

/**
 * The Entities view (Ctrl+Shift+E): every canonical entity by label with its mentions counted per
 * document; the active one's mentions in context. Everything from the keyboard; Esc closes it.
 */
export function EntitiesView() {
  const overviews = useWorkbench((s) => s.entityOverviews);
  const labels = useWorkbench(selectLabels);
  const closeEntities = useWorkbench((s) => s.closeEntities);
  const [activeId, setActiveId] = useState<string | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  // Enter asks for the active entity's mentions: its list takes the focus once they are read
  // (main may answer after the key).
  const [mentionsWanted, setMentionsWanted] = useState<string | null>(null);
  const mentionsFocused = useCallback(() => setMentionsWanted(null), []);
  const onActive = useCallback((id: string | null) => setActiveId(id), []);
  const active = overviews.find((o) => o.entity.id === activeId);

  useEffect(() => {
    const list = sectionRef.current?.querySelector<HTMLElement>('[data-entity-list]');
    (list ?? sectionRef.current)?.focus();
  }, []);

  return (
    <section
      ref={sectionRef}
      className="entities-view"
      aria-labelledby="entities-view-title"
      tabIndex={-1}
      data-entities-view
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        closeEntities();
      }}
    >
      <header className="search-view-header">
        <h2 id="entities-view-title" className="panel-title">
          Entities
        </h2>
        <button type="button" className="quiet-button" aria-keyshortcuts="Escape" onClick={closeEntities}>
          Close entities
        </button>
      </header>
      <p className="search-help">
        ↑/↓ move · Space selects · M merges the selected into the active entity · F2 renames · Delete removes · Enter
        goes to its mentions, where Enter shows one in its document and S splits the selected off · Esc closes
      </p>
      <div className="entities-view-body">
        <EntityList overviews={overviews} labels={labels} onActive={onActive} onOpen={setMentionsWanted} />
        {active && (
          <EntityMentions
            key={active.entity.id}
            overview={active}
            focusWanted={mentionsWanted === active.entity.id}
            onFocused={mentionsFocused}
          />
        )}
      </div>
    </section>
  );
}
