import { useEffect, type RefObject } from 'react';
import type { DocumentViewHandle } from '../document-view/document-view-api';
import { isTypingTarget, labelForKey } from '../labelling/label-hotkeys';
import type { LinkSession } from '../store/link-session';
import { setPreferences } from '../store/project-commands';
import { selectLabels, selectReadOnly, useWorkbench } from '../store/workbench-store';
import {
  chooseLink,
  commitLink,
  leaveLink,
  moveTarget,
  startEventOn,
  startRelationLink,
  typeInLink,
  type RevealTarget,
} from './link-actions';
import { choiceNames } from './link-targets';

/** The keys that start link mode and hide the arcs; a label's own hotkey wins over them. */
export const LINK_KEYS = { relation: 'r', event: 'v', arcs: 'h' } as const;

/**
 * Link mode from the keyboard. With an annotation selected, R links it (a relation) and V makes
 * an event on it; in link mode Tab/Shift+Tab move over the allowed targets, typing finds one by
 * its text, digits or arrows choose the type or role, Enter links, Escape leaves. H shows or
 * hides the arcs. Listens in the capture phase; while link mode is on, the labelling keys stand
 * aside (use-labelling-keys.ts).
 */
export function useLinkKeys(viewRef: RefObject<DocumentViewHandle | null>): void {
  useEffect(() => {
    const reveal: RevealTarget = (id) => viewRef.current?.revealAnnotation(id);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      const state = useWorkbench.getState();
      const handled = () => {
        event.preventDefault();
        event.stopImmediatePropagation();
      };
      if (state.linking) {
        if (linkingKey(event, state.linking, reveal)) handled();
        return;
      }
      if (
        event.target instanceof Element &&
        event.target.closest('[data-suggestion-list], [data-search-view], [data-progress-view]')
      )
        return;
      if (!state.current || labelForKey(selectLabels(state), event.key)) return;
      const key = event.key.toLowerCase();
      if (key === LINK_KEYS.arcs && !event.shiftKey) {
        handled();
        void setPreferences({ showArcs: !state.preferences.showArcs });
        return;
      }
      const selected = state.current.annotations.find((a) => a.id === state.selectedAnnotationId);
      if (!selected || selectReadOnly(state) || viewRef.current?.currentSelection()) return;
      if (key === LINK_KEYS.relation) {
        handled();
        startRelationLink(selected, reveal);
      } else if (key === LINK_KEYS.event) {
        handled();
        void startEventOn(selected, reveal);
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [viewRef]);
}

/** One key in link mode; false for a key it leaves alone (Home, a function key). */
function linkingKey(event: KeyboardEvent, session: LinkSession, reveal: RevealTarget): boolean {
  const choices = choiceNames(session.purpose).length;
  switch (event.key) {
    case 'Escape':
      leaveLink();
      return true;
    case 'Tab':
      moveTarget(session, event.shiftKey ? -1 : 1, reveal);
      return true;
    case 'Enter':
      void commitLink(session, reveal);
      return true;
    case 'ArrowUp':
    case 'ArrowDown':
      chooseLink(session, (session.choice + (event.key === 'ArrowDown' ? 1 : -1) + choices) % choices, reveal);
      return true;
    case 'Backspace':
      typeInLink(session, [...session.query].slice(0, -1).join(''), reveal);
      return true;
  }
  if ([...event.key].length !== 1) return false;
  const digit = Number.parseInt(event.key, 10);
  // Digits choose among several types or roles before the query has begun; otherwise they are text ("25").
  if (choices > 1 && session.query === '' && digit >= 1 && digit <= choices) chooseLink(session, digit - 1, reveal);
  else typeInLink(session, session.query + event.key, reveal);
  return true;
}
