import type { ExportDelivery, ProjectFileChoice } from '../../shared/ipc/views';

/**
 * The questions only the shell can ask the user: native dialogs in Electron, in-page
 * equivalents in browser mode, preset answers in tests. Each resolves to null when cancelled.
 */
export interface DialogPort {
  chooseNewProjectPath(suggestedName: string): Promise<string | null>;
  chooseProjectToOpen(): Promise<string | null>;
  chooseSaveAsPath(currentPath: string): Promise<string | null>;
  chooseFilesToImport(): Promise<string[] | null>;
  /** Where to write an annotator's copy (a new project file). Absent: hand-outs are not offered. */
  chooseHandoutPath?(suggestedName: string): Promise<string | null>;
  /** Browser mode only: the project files the page may offer in place of an open dialog. */
  listProjectFiles?(): Promise<ProjectFileChoice[]>;
  /** Browser mode only: whether the page may name this path (it lies where the command line allowed). */
  isAllowedPath?(path: string): Promise<boolean>;
  /**
   * Where to write an export: a file path, or a folder for folder formats. `format` names what is
   * written (a corpus format, or a report's csv or json) for the question's title. Absent: exports
   * are not offered.
   */
  chooseExportDestination?(format: string, kind: 'file' | 'folder', suggestedName: string): Promise<string | null>;
  /** Browser mode only: how the page gets what was written at a path chooseExportDestination gave. */
  exportDelivery?(path: string): ExportDelivery;
  /** Shows a file or folder in the system's file manager (Electron's shell.showItemInFolder). */
  showItemInFolder?(path: string): Promise<void>;
}

/** A dialog port for transports that have no dialogs: every question is answered "cancelled". */
export const noDialogs: DialogPort = {
  chooseNewProjectPath: async () => null,
  chooseProjectToOpen: async () => null,
  chooseSaveAsPath: async () => null,
  chooseFilesToImport: async () => null,
  chooseExportDestination: async () => null,
};
