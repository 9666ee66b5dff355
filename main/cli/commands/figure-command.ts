import { figureContextAt, normaliseFigure } from '../../../shared/normalise/figure-value';
import type { FigureValues } from '../../../shared/normalise/figure-proposal';
import { defineCommand } from '../cli-command';
import { CliError, printResult } from '../cli-context';

const USAGE = 'tagwright figure "TEXT" [--context "SENTENCE"] [--json]';

function said({ value, min, max, unit, kind, qualifier }: FigureValues): string {
  const amount = qualifier === 'range' ? `${min} to ${max}` : String(value);
  return `${amount}${unit ? ` ${unit}` : ''} (${kind}, ${qualifier})`;
}

export const figureCommand = defineCommand({
  name: 'figure',
  summary: 'Normalise one figure: value (or min and max), unit, kind, qualifier',
  usage: USAGE,
  options: { context: { type: 'string' } },
  async run(positionals, values, ctx) {
    const [text, ...extra] = positionals;
    if (text === undefined || extra.length > 0) throw new CliError(`Usage: ${USAGE}`, 2);
    const sentence = values.context ?? text;
    const at = sentence.indexOf(text);
    if (at < 0) throw new CliError(`"${text}" is not in the --context sentence`, 2);
    const proposal = normaliseFigure(text, figureContextAt(sentence, at, at + text.length));
    if (!proposal) throw new CliError(`"${text}" holds no figure Tagwright can read (none, or two)`);
    // The values alone: the hedge word is for older labels, and the qualifier says it.
    const { hedge: _hedge, ...figure } = proposal;
    printResult(ctx, values.json === true, figure, said(figure));
  },
});
