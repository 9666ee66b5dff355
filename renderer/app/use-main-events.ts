import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/views';
import { onReconnect, subscribe } from '../bridge/tagwright-client';
import { useWorkbench } from '../store/workbench-store';
import { adoptSessionEvent, reloadAfterReconnect } from '../store/project-commands';

/**
 * Applies main's events to the store (never sent back) and routes menu commands; when the event
 * connection comes back after a drop, reads everything again (the events it missed are lost).
 */
export function useMainEvents(onMenuCommand: (command: MenuCommand) => void): void {
  useEffect(() => {
    const store = useWorkbench.getState;
    const offs = [
      subscribe('sessionChanged', adoptSessionEvent),
      // Once per operation; the store skips the ones this window caused (it applied their call's result).
      subscribe('projectChanged', (event) => store().receiveProjectChange(event)),
      subscribe('saveStateChanged', (saveState) => store().setSaveState(saveState)),
      subscribe('syncStatus', (status) => store().setSyncStatus(status)),
      subscribe('menuCommand', ({ command }) => onMenuCommand(command)),
      onReconnect(() => void reloadAfterReconnect()),
    ];
    return () => offs.forEach((off) => off());
  }, [onMenuCommand]);
}
