import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliContext } from './cli-context';

/** A command's options as node:util's parseArgs reads them (declare them inline or `as const`). */
export type CliOptions = NonNullable<ParseArgsConfig['options']>;

/** The options every command takes besides its own. */
const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  /** Who signs the edits this run makes, instead of the name in the preferences. */
  annotator: { type: 'string' },
} as const satisfies CliOptions;

/** What parseArgs is given for a command: strict, so an unknown option or a missing value is a usage error. */
type ParseConfig<O extends CliOptions> = {
  args: string[];
  options: O & typeof COMMON_OPTIONS;
  allowPositionals: true;
  strict: true;
};

/** A command's option values, typed by parseArgs itself from the options it declares (and --json, --help). */
export type CliValues<O extends CliOptions> = ReturnType<typeof parseArgs<ParseConfig<O>>>['values'];

/** How a command is written: its options, and what it does with the values parsed from them. */
export interface CliCommandSpec<O extends CliOptions> {
  name: string;
  summary: string;
  usage: string;
  /** Options this command takes besides --json and --help. */
  options: O;
  run(positionals: string[], values: CliValues<O>, ctx: CliContext): Promise<void>;
}

/** One parsed invocation of a command, ready to run. */
export interface CliInvocation {
  help: boolean;
  run(ctx: CliContext): Promise<void>;
}

/** A command as the CLI lists and runs it, whatever its options. */
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  /** Reads the arguments after the command's name; throws parseArgs' error on a usage mistake. */
  parse(args: string[]): CliInvocation;
}

/** Declares a command: its `run` receives values typed by its own options, with no casts. */
export function defineCommand<const O extends CliOptions>(spec: CliCommandSpec<O>): CliCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    parse(args) {
      const config: ParseConfig<O> = {
        args,
        options: { ...spec.options, ...COMMON_OPTIONS },
        allowPositionals: true,
        strict: true,
      };
      const { values, positionals } = parseArgs(config);
      // The common options, read the same way whatever this command's own are.
      const common: CliValues<Record<never, never>> = values;
      const annotator = common.annotator?.trim();
      if (annotator === '') throw new Error('--annotator takes a name');
      return {
        help: common.help === true,
        run: (ctx) => spec.run(positionals, values, annotator === undefined ? ctx : { ...ctx, annotator }),
      };
    },
  };
}
