import { dialog, shell, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import type { DialogPort } from '../ipc/dialog-port';
import { DOCUMENT_EXTENSIONS } from '../io/document-file-types';
import { projectFileStem } from '../io/fit-file-name';

const projectFilter = { name: 'Tagwright project', extensions: ['tagwright'] };

/** The DialogPort answered by the operating system's file dialogs. */
export function nativeDialogs(window: () => BrowserWindow | null, defaultDir: () => string): DialogPort {
  const parent = () => window() ?? undefined;
  return {
    async chooseNewProjectPath(suggestedName) {
      const options = {
        title: 'New project',
        defaultPath: join(defaultDir(), `${projectFileStem(suggestedName)}.tagwright`),
        filters: [projectFilter],
      };
      const w = parent();
      const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseProjectToOpen() {
      const options = { title: 'Open project', properties: ['openFile' as const], filters: [projectFilter] };
      const w = parent();
      const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveAsPath(currentPath) {
      const options = {
        title: 'Save project as',
        defaultPath: join(dirname(currentPath), 'Copy.tagwright'),
        filters: [projectFilter],
      };
      const w = parent();
      const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseHandoutPath(suggestedName) {
      const options = {
        title: 'Export for annotator',
        defaultPath: join(defaultDir(), `${projectFileStem(suggestedName)}.tagwright`),
        filters: [projectFilter],
      };
      const w = parent();
      const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFilesToImport() {
      const options = {
        title: 'Import documents',
        properties: ['openFile' as const, 'openDirectory' as const, 'multiSelections' as const],
        filters: [
          {
            name: 'Documents',
            extensions: DOCUMENT_EXTENSIONS.map((e) => e.slice(1)),
          },
        ],
      };
      const w = parent();
      const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    async chooseExportDestination(format, kind, suggestedName) {
      const w = parent();
      if (kind === 'folder') {
        const options = {
          title: `Export as ${format}: choose a folder`,
          defaultPath: defaultDir(),
          properties: ['openDirectory' as const, 'createDirectory' as const],
        };
        const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }
      const options = { title: `Export as ${format}`, defaultPath: join(defaultDir(), suggestedName) };
      const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showItemInFolder(path) {
      shell.showItemInFolder(path);
    },
  };
}
