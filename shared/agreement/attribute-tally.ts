import type { Annotation, Label } from '../model';
import type { AttributeAgreement } from './agreement-report';
import { KrippendorffAlphaTally } from './krippendorff-alpha';
import { PercentAgreementTally } from './percent-agreement';
import { NO_LABEL } from './token-labels';

interface AttributeCounts {
  label: string;
  attribute: string;
  matched: number;
  percent: PercentAgreementTally;
  alpha: KrippendorffAlphaTally;
}

/** An attribute's value as a nominal value: its JSON (so 1 and "1" differ), NO_LABEL when it is not set. */
const attributeValue = (a: Annotation, name: string): string =>
  Object.hasOwn(a.attributes, name) ? JSON.stringify(a.attributes[name]) : NO_LABEL;

/**
 * Agreement on the attributes of matched spans: each pair of spans matched by overlap is a unit,
 * the two annotators its coders and each one's value of the attribute its value (not set counts
 * as a value, "(none)", so setting it against leaving it unset is a disagreement). The attributes
 * compared are the label's own and any other either span carries. Every pair's matches are pooled.
 */
export class AttributeTally {
  readonly #counts = new Map<string, AttributeCounts>();

  constructor(private readonly labels: ReadonlyMap<string, Label>) {}

  add(reference: string, other: string, matched: readonly [Annotation, Annotation][]): void {
    for (const [x, y] of matched) {
      const defined = this.labels.get(x.label)?.attributes.map((d) => d.name) ?? [];
      const names = new Set([...defined, ...Object.keys(x.attributes), ...Object.keys(y.attributes)]);
      for (const name of names) {
        const counts = this.#of(x.label, name);
        const unit = new Map([
          [reference, attributeValue(x, name)],
          [other, attributeValue(y, name)],
        ]);
        counts.matched++;
        counts.percent.add(unit);
        counts.alpha.add(unit);
      }
    }
  }

  result(): AttributeAgreement[] {
    return [...this.#counts.values()].map(({ label, attribute, matched, percent, alpha }) => ({
      label,
      attribute,
      matched,
      percent: percent.result(),
      alpha: alpha.result(),
    }));
  }

  #of(label: string, attribute: string): AttributeCounts {
    const key = JSON.stringify([label, attribute]);
    let counts = this.#counts.get(key);
    if (!counts) {
      counts = {
        label,
        attribute,
        matched: 0,
        percent: new PercentAgreementTally(),
        alpha: new KrippendorffAlphaTally(),
      };
      this.#counts.set(key, counts);
    }
    return counts;
  }
}
