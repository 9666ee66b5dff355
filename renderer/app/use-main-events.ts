import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/views';
import { subscribe } from '../bridge/tagwright-client';
import { useWorkbench } from '../store/workbench-store';
import { refreshDocuments } from '../store/project-commands';

/** Applies main's events to the store (tagged as from main, never sent back) and routes menu commands. */
export function useMainEvents(onMenuCommand: (command: MenuCommand) => void): void {
  useEffect(() => {
    const store = useWorkbench.getState;
    const offs = [
      subscribe('sessionChanged', (session) => {
        const hadProject = store().session?.project?.path;
        store().setSession(session);
        if (session.project && session.project.path !== hadProject) void refreshDocuments();
      }),
      subscribe('documentsChanged', (documents) => store().setDocuments(documents)),
      subscribe('annotationsChanged', (change) => store().applyAnnotationChange(change, 'main-event')),
      subscribe('saveStateChanged', (saveState) => store().setSaveState(saveState)),
      subscribe('menuCommand', ({ command }) => onMenuCommand(command)),
    ];
    return () => offs.forEach((off) => off());
  }, [onMenuCommand]);
}
