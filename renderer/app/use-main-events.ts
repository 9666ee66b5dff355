import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/views';
import { subscribe } from '../bridge/tagwright-client';
import { useWorkbench } from '../store/workbench-store';
import { refreshDocuments } from '../store/project-commands';

/** Applies main's events to the store (never sent back) and routes menu commands. */
export function useMainEvents(onMenuCommand: (command: MenuCommand) => void): void {
  useEffect(() => {
    const store = useWorkbench.getState;
    const offs = [
      subscribe('sessionChanged', (session) => {
        const hadProject = store().session?.project?.path;
        store().setSession(session);
        if (session.project && session.project.path !== hadProject) void refreshDocuments();
      }),
      // Once per operation; the store skips the ones this window caused (it applied their call's result).
      subscribe('projectChanged', (event) => store().receiveProjectChange(event)),
      subscribe('saveStateChanged', (saveState) => store().setSaveState(saveState)),
      subscribe('menuCommand', ({ command }) => onMenuCommand(command)),
    ];
    return () => offs.forEach((off) => off());
  }, [onMenuCommand]);
}
