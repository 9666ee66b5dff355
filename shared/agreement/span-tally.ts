import type { SpanAgreement, LabelledAgreement } from './agreement-report';
import type { UnitValues } from './coding-table';
import { CohenKappaTally } from './cohen-kappa';
import { FleissKappaTally } from './fleiss-kappa';
import { KrippendorffAlphaTally } from './krippendorff-alpha';
import { LightKappaTally } from './light-kappa';
import { matchF1 } from './match-f1';
import { PercentAgreementTally } from './percent-agreement';
import type { UnitTally } from './unit-tally';
import type { UnitisedAlpha } from './unitised-alpha';

const NO_SPANS = 'neither annotator marked a span';

/**
 * The span measures of one scope (a pair of annotators or the group; one label or all), fed
 * document by document: span counts, and each token as a unit of the token measures. A pair's
 * Cohen's kappa is its own; the group's is Light's (the mean of its pairs').
 */
export class SpanTally {
  readonly #spans = { reference: 0, other: 0, exact: 0, overlap: 0 };
  readonly #percent = new PercentAgreementTally();
  readonly #fleiss = new FleissKappaTally();
  readonly #alpha = new KrippendorffAlphaTally();
  readonly #cohen: UnitTally;

  constructor(pair: readonly [string, string] | null) {
    this.#cohen = pair ? new CohenKappaTally(pair[0], pair[1]) : new LightKappaTally();
  }

  addSpans(counts: { reference: number; other: number; exact: number; overlap: number }): void {
    this.#spans.reference += counts.reference;
    this.#spans.other += counts.other;
    this.#spans.exact += counts.exact;
    this.#spans.overlap += counts.overlap;
  }

  /** Adds a token as a unit, or `times` tokens with the same values. */
  addTokens(unit: UnitValues, times = 1): void {
    this.#percent.add(unit, times);
    this.#fleiss.add(unit, times);
    this.#alpha.add(unit, times);
    this.#cohen.add(unit, times);
  }

  /** The measures of spans and tokens; the unitised alpha is counted apart, over every label at once. */
  result(): Omit<SpanAgreement, 'unitisedAlpha'> {
    const spans = { ...this.#spans };
    return {
      spans,
      exactF1: matchF1(spans.exact, spans.reference, spans.other, NO_SPANS),
      overlapF1: matchF1(spans.overlap, spans.reference, spans.other, NO_SPANS),
      tokenPercent: this.#percent.result(),
      tokenCohen: this.#cohen.result(),
      tokenFleiss: this.#fleiss.result(),
      tokenAlpha: this.#alpha.result(),
    };
  }
}

/** A SpanTally for all labels together and one for each label compared. */
export class LabelledTally {
  readonly overall: SpanTally;
  readonly #perLabel: Map<string, SpanTally>;

  constructor(labels: readonly string[], pair: readonly [string, string] | null) {
    this.overall = new SpanTally(pair);
    this.#perLabel = new Map(labels.map((l) => [l, new SpanTally(pair)]));
  }

  label(id: string): SpanTally {
    return this.#perLabel.get(id)!;
  }

  /** The measures, with the scope's unitised alpha (computed over the same labels) added. */
  result(unitised: UnitisedAlpha): LabelledAgreement {
    const unitisedOf = new Map(unitised.perLabel.map((l) => [l.label, l.alpha]));
    return {
      overall: { ...this.overall.result(), unitisedAlpha: unitised.overall },
      perLabel: [...this.#perLabel].map(([label, tally]) => ({
        label,
        agreement: { ...tally.result(), unitisedAlpha: unitisedOf.get(label)! },
      })),
    };
  }
}
