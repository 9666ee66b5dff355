import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentProject } from '../../shared/ipc/views';
import type { MenuActions } from './menu-actions';

/** The native menu; rebuilt when the recent list changes. */
export function buildAppMenu(actions: MenuActions, recent: RecentProject[], isMac: boolean): Menu {
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No recent projects', enabled: false }]
      : recent.map((r) => ({ label: `${r.name} — ${r.path}`, click: () => void actions.openRecent(r.path) }));
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => void actions.newProject() },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => void actions.openProject() },
        { label: 'Open Recent', submenu: recentItems },
        { label: 'Open Sample Project', click: () => void actions.openSample() },
        { type: 'separator' },
        { label: 'Import Documents…', accelerator: 'CmdOrCtrl+I', click: () => actions.send('import-documents') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.send('export') },
        { type: 'separator' },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: () => void actions.saveAs() },
        { label: 'Restore from Backup…', click: () => actions.send('restore-backup') },
        { label: 'Close Project', accelerator: 'CmdOrCtrl+W', click: () => void actions.closeProject() },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The page handles undo/redo keys itself; the menu items send the same command.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => actions.send('undo') },
        {
          label: 'Redo',
          accelerator: 'CmdOrCtrl+Shift+Z',
          registerAccelerator: false,
          click: () => actions.send('redo'),
        },
        { type: 'separator' },
        { role: 'copy' },
        { role: 'selectAll' },
        { type: 'separator' },
        // As undo: the page handles the key, the item sends the same command.
        {
          label: 'Search the Corpus…',
          accelerator: 'CmdOrCtrl+Shift+F',
          registerAccelerator: false,
          click: () => actions.send('search'),
        },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Toggle Dark Theme', accelerator: 'CmdOrCtrl+Shift+D', click: () => actions.send('toggle-theme') },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      submenu: [{ label: 'About Tagwright', click: () => actions.send('show-about') }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
