import { extname, resolve } from 'node:path';

/** The project file named on the command line (or by the OS on a double click), if any. */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder.
  const candidate = argv.slice(1).find((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === '.tagwright');
  return candidate ? resolve(cwd, candidate) : null;
}
