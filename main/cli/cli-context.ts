/** What a CLI command may touch: its streams and where the app's data lives. */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  userDataDir: string;
  seedsDir: string;
  cwd: string;
  /** The built search worker (<build>/main/search-worker.js); absent, commands that search refuse. */
  searchWorkerFile?: string;
  /** `--annotator NAME`: who signs this run's edits, instead of the preferences' name. */
  annotator?: string;
}

/** A failure the CLI reports as one line and a non-zero exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Prints a result as JSON for scripts or as text for people. */
export function printResult(ctx: CliContext, json: boolean, value: unknown, text: string): void {
  ctx.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}
