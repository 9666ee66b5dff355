import { useCallback, useEffect } from 'react';
import type { MenuCommand } from '../../shared/ipc/views';
import { AboutDialog } from '../chrome/AboutDialog';
import { ErrorAlert } from '../chrome/ErrorAlert';
import { importDocuments } from '../import/import-documents';
import { redo, undo } from '../store/annotation-commands';
import { loadSession, toggleTheme } from '../store/project-commands';
import { loadIdentity } from '../store/identity-commands';
import { IdentityDialog } from '../identity/IdentityDialog';
import { useWorkbench } from '../store/workbench-store';
import { WelcomeScreen } from '../welcome/WelcomeScreen';
import { useHistoryKeys } from './use-history-keys';
import { RecoveryDialogs } from './RecoveryDialogs';
import { useMainEvents } from './use-main-events';
import { useThemeAttribute } from './use-theme-attribute';
import { useWindowTitle } from './use-window-title';
import { Workbench } from './Workbench';

/** The page: the welcome screen or the workbench, with the alert region and the about dialog. */
export function App() {
  const loaded = useWorkbench((s) => s.session !== null);
  const hasProject = useWorkbench((s) => Boolean(s.session?.project));
  const onMenuCommand = useCallback((command: MenuCommand) => {
    const store = useWorkbench.getState();
    if (command === 'toggle-theme') void toggleTheme();
    else if (command === 'undo') void undo();
    else if (command === 'redo') void redo();
    else if (command === 'import-documents' && store.session?.project) void importDocuments();
    else if (command === 'export' && store.session?.project) store.setExportOpen(true);
    else if (command === 'show-about') store.setAboutOpen(true);
    else if (command === 'restore-backup' && store.session?.project) store.setBackupsOpen(true);
    else if (command === 'search' && store.session?.project) store.openSearch();
  }, []);

  useMainEvents(onMenuCommand);
  useHistoryKeys();
  useThemeAttribute();
  useWindowTitle();
  useEffect(() => {
    void loadSession();
  }, []);
  // Who you are depends on the project too: a copy handed to you by name knows you by the lead's id.
  const projectPath = useWorkbench((s) => s.session?.project?.path ?? null);
  useEffect(() => {
    void loadIdentity();
  }, [projectPath]);

  return (
    <>
      <ErrorAlert />
      {!loaded ? (
        <main className="loading">
          <p>Loading…</p>
        </main>
      ) : hasProject ? (
        <Workbench />
      ) : (
        <WelcomeScreen />
      )}
      <AboutDialog />
      <RecoveryDialogs />
      <IdentityDialog />
    </>
  );
}
