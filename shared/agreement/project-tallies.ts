import type { Label } from '../model';
import type { AgreementReport, DocumentAgreement, RelationAgreement } from './agreement-report';
import { AttributeTally } from './attribute-tally';
import { undefinedMeasure, type Measurement } from './measurement';
import { matchF1 } from './match-f1';
import { LabelledTally } from './span-tally';
import { UnitisedAlphaTally, type UnitisedAlpha } from './unitised-alpha';

const NO_RELATIONS = 'neither annotator made a relation between the spans compared';

/** What one pair of annotators is tallied into. */
export interface PairTallies {
  reference: string;
  other: string;
  documents: number;
  spans: LabelledTally;
  unitised: UnitisedAlphaTally;
  relations: { reference: number; other: number; matched: number };
}

/** The unitised alpha of the documents one set of annotators (exactly) worked on. */
interface UnitisedGroup {
  tally: UnitisedAlphaTally;
  documents: number;
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
  /** By the annotators who worked on the documents (JSON of their ids in order): the group's is chosen at the end, once everyone is known. */
  readonly #unitisedGroups = new Map<string, UnitisedGroup>();
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
      const unitised = new UnitisedAlphaTally(this.#labelIds);
      pair = { reference, other, documents: 0, spans, unitised, relations: { reference: 0, other: 0, matched: 0 } };
      this.#pairs.set(key, pair);
    }
    return pair;
  }

  /** The unitised alpha tally of the documents exactly `participants` (in order) worked on; each call counts one more document. */
  unitisedDocument(participants: readonly string[]): UnitisedAlphaTally {
    const key = JSON.stringify(participants);
    let group = this.#unitisedGroups.get(key);
    if (!group) {
      group = { tally: new UnitisedAlphaTally(this.#labelIds), documents: 0 };
      this.#unitisedGroups.set(key, group);
    }
    group.documents++;
    return group.tally;
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
      group: this.#groupResult(order),
      pairs: pairs.map((p) => ({
        reference: p.reference,
        other: p.other,
        documents: p.documents,
        ...p.spans.result(p.unitised.result()),
      })),
      attributes: this.attributes.result(),
      relations: relationAgreement(pairs),
      documents: [...this.#documents].sort(worstFirst),
    };
  }

  /**
   * The group's measures. Its unitised alpha pools the documents every annotator worked on (the
   * measure's coders each code the whole continuum); there may be none.
   */
  #groupResult(everyone: readonly string[]) {
    const unitised = this.#unitisedGroups.get(JSON.stringify(everyone));
    return {
      ...this.group.result(unitised ? unitised.tally.result() : this.#noneByEveryone(everyone.length)),
      unitisedDocuments: unitised?.documents ?? 0,
    };
  }

  #noneByEveryone(annotators: number): UnitisedAlpha {
    const none = undefinedMeasure(
      annotators < 2
        ? 'fewer than two annotators'
        : `no document was worked on by all ${annotators} annotators (each pair's unitised alpha is measured on the documents both worked on)`,
    );
    return { overall: none, perLabel: this.#labelIds.map((label) => ({ label, alpha: none })) };
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
