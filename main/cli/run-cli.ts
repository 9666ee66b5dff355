import type { CliCommand, CliInvocation } from './cli-command';
import { CliError, type CliContext } from './cli-context';
import { newCommand } from './commands/new-command';
import { importCommand } from './commands/import-command';
import { statsCommand } from './commands/stats-command';
import { validateCommand } from './commands/validate-command';
import { serveCommand } from './commands/serve-command';
import { exportCommand } from './commands/export-command';
import { suggestCommand } from './commands/suggest-command';
import { agreementCommand } from './commands/agreement-command';
import { searchCommand } from './commands/search-command';
import { figureCommand } from './commands/figure-command';
import { figuresCommand } from './commands/figures-command';
import { mergeCommand } from './commands/merge-command';
import { handoutCommand } from './commands/handout-command';
import { syncCommand } from './commands/sync-command';
import { progressCommand } from './commands/progress-command';

export const commands: CliCommand[] = [
  newCommand,
  importCommand,
  statsCommand,
  validateCommand,
  serveCommand,
  exportCommand,
  suggestCommand,
  agreementCommand,
  searchCommand,
  figureCommand,
  figuresCommand,
  mergeCommand,
  handoutCommand,
  progressCommand,
  syncCommand,
];

function overview(): string {
  return [
    'tagwright: the Tagwright annotation workbench from a terminal',
    '',
    'Usage: tagwright COMMAND [ARGS] [--json] [--help] [--annotator NAME]',
    '',
    '--annotator NAME signs the edits of this run (tagwright serve: of the page) instead of the name in the preferences.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    'Run "tagwright COMMAND --help" for a command\'s arguments.',
  ].join('\n');
}

/** Runs one CLI invocation and returns its exit code; output goes through the context only. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout(`${overview()}\n`);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    ctx.stderr(`tagwright: unknown command "${name}". Run "tagwright --help" for the list.\n`);
    return 2;
  }
  let invocation: CliInvocation;
  try {
    invocation = command.parse(rest);
  } catch (error) {
    ctx.stderr(`tagwright ${name}: ${(error as Error).message}\nUsage: ${command.usage}\n`);
    return 2;
  }
  if (invocation.help) {
    ctx.stdout(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    await invocation.run(ctx);
    return 0;
  } catch (error) {
    const message = (error as Error)?.message ?? String(error);
    ctx.stderr(`tagwright ${name}: ${message.split('\n')[0]}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
