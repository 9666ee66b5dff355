/**
 * The questions only the shell can ask the user: native dialogs in Electron, in-page
 * equivalents in browser mode, preset answers in tests. Each resolves to null when cancelled.
 */
export interface DialogPort {
  chooseNewProjectPath(suggestedName: string): Promise<string | null>;
  chooseProjectToOpen(): Promise<string | null>;
  chooseSaveAsPath(currentPath: string): Promise<string | null>;
  chooseFilesToImport(): Promise<string[] | null>;
}

/** A dialog port for transports that have no dialogs: every question is answered "cancelled". */
export const noDialogs: DialogPort = {
  chooseNewProjectPath: async () => null,
  chooseProjectToOpen: async () => null,
  chooseSaveAsPath: async () => null,
  chooseFilesToImport: async () => null,
};
