import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RelationType } from '../../shared/model';

export interface RelationTypeMenuProps {
  /** "Link “…” to “…” as": the menu's name. */
  name: string;
  types: readonly RelationType[];
  /** Where the drag was released, on screen. */
  at: { x: number; y: number };
  choose(type: RelationType): void;
  cancel(): void;
}

/**
 * Which relation a drop makes when several fit: an ARIA menu at the pointer, its first item
 * focused. ↑/↓ (wrapping), Home and End move; Enter, Space or a click chooses; Escape, Tab or a
 * click elsewhere cancels. It sits in an open non-modal dialog so the page's labelling keys stand
 * aside while it has the focus (use-labelling-keys.ts leaves an open dialog's keys alone).
 */
export function RelationTypeMenu({ name, types, at, choose, cancel }: RelationTypeMenuProps) {
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const [active, setActive] = useState(0);
  useLayoutEffect(() => items.current[active]?.focus(), [active]);

  const onKeyDown = (event: KeyboardEvent) => {
    const move = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: types.length - 1 }[event.key];
    if (move !== undefined) setActive((move + types.length) % types.length);
    else if (event.key === 'Escape' || event.key === 'Tab') cancel();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <dialog
      open
      className="relation-type-menu"
      aria-label={name}
      style={{ left: Math.min(at.x, window.innerWidth - 240), top: at.y + 8 }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) cancel();
      }}
    >
      <div role="menu" aria-label={name} onKeyDown={onKeyDown}>
        {types.map((type, i) => (
          <button
            key={type.id}
            ref={(element) => {
              items.current[i] = element;
            }}
            type="button"
            role="menuitem"
            tabIndex={i === active ? 0 : -1}
            onClick={() => choose(type)}
          >
            {type.name}
          </button>
        ))}
      </div>
    </dialog>
  );
}
