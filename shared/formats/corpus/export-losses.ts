import type { ExportLoss } from '../export-job';
import type { Annotation, Equivalence, Relation, TagwrightEvent } from '../../model';
import type { TextToken, TokenRange } from './text-tokens';
import { EXPORT_LOSS_KINDS, type DataLossKind, type ExportLossKind } from '../format-facts';

/** What an export could not carry, counted per kind while it writes. */
export class ExportLosses {
  readonly #counts = new Map<ExportLossKind, number>();

  add(kind: ExportLossKind, count = 1): void {
    if (count > 0) this.#counts.set(kind, (this.#counts.get(kind) ?? 0) + count);
  }

  /** The kinds with a count, in EXPORT_LOSS_KINDS' order. */
  list(): ExportLoss[] {
    return (Object.keys(EXPORT_LOSS_KINDS) as ExportLossKind[])
      .filter((kind) => this.#counts.has(kind))
      .map((kind) => ({ kind, count: this.#counts.get(kind)! }));
  }
}

/** A document's things as an exporter writes them (corpus-export.ts' SelectedThings). */
interface ChosenThings {
  annotations: readonly Annotation[];
  relations: readonly Relation[];
  events: readonly TagwrightEvent[];
  equivalences: readonly Equivalence[];
}

const countOf: Record<DataLossKind, (chosen: ChosenThings) => number> = {
  relations: ({ relations }) => relations.length,
  events: ({ events }) => events.length,
  equivalences: ({ equivalences }) => equivalences.length,
  'entity-links': ({ annotations }) => annotations.filter((a) => a.entity !== undefined).length,
  notes: ({ annotations }) => annotations.filter((a) => a.note !== '').length,
  attributes: ({ annotations }) => annotations.reduce((n, a) => n + Object.keys(a.attributes).length, 0),
  annotators: ({ annotations, relations }) =>
    annotations.filter((a) => a.annotator !== '').length + relations.filter((r) => r.annotator !== '').length,
  times: ({ annotations }) => annotations.length,
  'discontinuous-spans': ({ annotations }) => annotations.filter((a) => (a.fragments?.length ?? 1) > 1).length,
  'discontinuous-bounds': ({ annotations }) => annotations.filter((a) => (a.fragments?.length ?? 1) > 1).length,
};

/** Counts what a document's label-selected things hold that the format `drops`. */
export function tallyDroppedData(chosen: ChosenThings, drops: readonly DataLossKind[], losses: ExportLosses): void {
  for (const kind of drops) losses.add(kind, countOf[kind](chosen));
}

/** Counts a span the token formats (CoNLL, WebAnno TSV) could not write whole: no token in it, or trimmed to its tokens. */
export function tallyTokenCover(
  span: { start: number; end: number },
  tokens: readonly TextToken[],
  inside: TokenRange,
  losses: ExportLosses,
): void {
  if (inside.first === inside.end) losses.add('spans-without-tokens');
  else if (tokens[inside.first]!.start !== span.start || tokens[inside.end - 1]!.end !== span.end)
    losses.add('trimmed-spans');
}
