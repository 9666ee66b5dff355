import { useCallback, useEffect, useRef, useState } from 'react';
import { selectLabels, useWorkbench } from '../store/workbench-store';
import { ClosableView } from '../chrome/ClosableView';
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
    <ClosableView
      ref={sectionRef}
      className="entities-view"
      data-entities-view
      title="Entities"
      closeLabel="Close entities"
      onClose={closeEntities}
      help="↑/↓ move · Space selects · M merges the selected into the active entity · F2 renames · Delete removes · Enter goes to its mentions, where Enter shows one in its document and S splits the selected off · Esc closes"
    >
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
    </ClosableView>
  );
}
