import type { CallInput, CallName } from '../../shared/ipc/contract';
import type { CallError } from '../../shared/ipc/result';
import type { MenuCommand } from '../../shared/ipc/views';
import type { CallHandlers } from '../ipc/call-handlers';
import { dispatchCall } from '../ipc/dispatch-call';

/** What the native menu's items do (app-menu.ts builds the items). No Electron here: tests run it under Node. */
export interface MenuActions {
  newProject(): Promise<void>;
  openProject(): Promise<void>;
  openRecent(path: string): Promise<void>;
  openSample(): Promise<void>;
  saveAs(): Promise<void>;
  closeProject(): Promise<void>;
  /** Items the page carries out itself (import, export, undo, the theme…): sent to it as a menu command. */
  send(command: MenuCommand): void;
}

/**
 * The menu's items as the page's own calls: each project operation goes through the handler table
 * (createCallHandlers) by the path a page's call takes, dispatchCall, with no origin (the menu is
 * no window's), so the menu and the page cannot do the same thing two ways. A failure is handed
 * to `report` (the shell shows it); the promises never reject.
 */
export function menuActions(
  handlers: CallHandlers,
  send: (command: MenuCommand) => void,
  report: (error: CallError) => void,
): MenuActions {
  async function run<K extends CallName>(name: K, input: CallInput<K>): Promise<void> {
    const result = await dispatchCall(handlers, name, input, null);
    if (!result.ok) report(result.error);
  }
  return {
    newProject: () => run('createProject', { name: 'Untitled project' }),
    openProject: () => run('openProject', {}),
    openRecent: (path) => run('openRecentProject', { path }),
    openSample: () => run('openSampleProject', {}),
    saveAs: () => run('saveProjectAs', {}),
    closeProject: () => run('closeProject', {}),
    send,
  };
}
