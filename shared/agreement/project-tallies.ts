import type { Label } from '../model';
import type { AgreementReport, DocumentAgreement, RelationAgreement } from './agreement-report';
import { AttributeTally } from './attribute-tally';
import type { Measurement } from './measurement';
import { matchF1 } from './match-f1';
import { LabelledTally } from './span-tally';

const NO_RELATIONS = 'neither annotator made a relation between the spans compared';

/** What one pair of annotators is tallied into. */
export interface PairTallies {
  reference: string;
  other: string;
  documents: number;
  spans: LabelledTally;
  relations: { reference: number; other: number; matched: number };
}

/**
 * Everything a project's agreement report is counted into, document by document: the group's
 * span measures, each pair's (made when the pair first meets), attributes, relations, how much
 * each annotator did, and each document's own figures.
 */
export class ProjectTallies {
  readonly group: LabelledTally;
  readonly attributes: AttributeTally;
  readonly #labelIds: string[];
  readonly #pairs = new Map<string, PairTallies>();
  readonly #annotators = new Map<string, { documents: number; annotations: number }>();
  readonly #documents: DocumentAgreement[] = [];

  constructor(labels: readonly Label[]) {
    this.#labelIds = labels.map((l) => l.id);
    this.group = new LabelledTally(this.#labelIds, null);
    this.attributes = new AttributeTally(new Map(labels.map((l) => [l.id, l])));
  }

  /** The tallies of a pair, `reference` being the annotator who comes first. */
  pair(reference: string, other: string): PairTallies {
    const key = JSON.stringify([reference, other]);
    let pair = this.#pairs.get(key);
    if (!pair) {
      const spans = new LabelledTally(this.#labelIds, [reference, other]);
      pair = { reference, other, documents: 0, spans, relations: { reference: 0, other: 0, matched: 0 } };
      this.#pairs.set(key, pair);
    }
    return pair;
  }

  /** An annotator worked on a document (made an annotation in it), `annotations` of them in the labels compared. */
  annotatorWorkedOn(annotator: string, annotations: number): void {
    const done = this.#annotators.get(annotator) ?? { documents: 0, annotations: 0 };
    this.#annotators.set(annotator, { documents: done.documents + 1, annotations: done.annotations + annotations });
  }

  addDocument(row: DocumentAgreement): void {
    this.#documents.push(row);
  }

  /** The report, annotators (and so pairs) in `order`, named by `nameOf`. */
  report(labels: readonly Label[], order: readonly string[], nameOf: (id: string) => string): AgreementReport {
    const rank = (id: string) => order.indexOf(id);
    const pairs = [...this.#pairs.values()].sort(
      (x, y) => rank(x.reference) - rank(y.reference) || rank(x.other) - rank(y.other),
    );
    return {
      annotators: [...this.#annotators]
        .sort(([x], [y]) => rank(x) - rank(y))
        .map(([id, done]) => ({ id, name: nameOf(id), ...done })),
      labels: labels.map((l) => ({ id: l.id, name: l.name })),
      group: this.group.result(),
      pairs: pairs.map((p) => ({
        reference: p.reference,
        other: p.other,
        documents: p.documents,
        ...p.spans.result(),
      })),
      attributes: this.attributes.result(),
      relations: relationAgreement(pairs),
      documents: [...this.#documents].sort(worstFirst),
    };
  }
}

function relationAgreement(pairs: readonly PairTallies[]): RelationAgreement {
  const total = { reference: 0, other: 0, matched: 0 };
  const rows = pairs.map(({ reference, other, relations }) => {
    total.reference += relations.reference;
    total.other += relations.other;
    total.matched += relations.matched;
    return {
      reference,
      other,
      referenceRelations: relations.reference,
      otherRelations: relations.other,
      matched: relations.matched,
      f1: matchF1(relations.matched, relations.reference, relations.other, NO_RELATIONS),
    };
  });
  return { group: matchF1(total.matched, total.reference, total.other, NO_RELATIONS), pairs: rows };
}

/** Lower first; an undefined value after every number. */
const ascending = (x: Measurement, y: Measurement) =>
  x.value === null ? (y.value === null ? 0 : 1) : y.value === null ? -1 : x.value - y.value;

function worstFirst(x: DocumentAgreement, y: DocumentAgreement): number {
  return ascending(x.tokenAlpha, y.tokenAlpha) || ascending(x.overlapF1, y.overlapF1) || x.title.localeCompare(y.title);
}
