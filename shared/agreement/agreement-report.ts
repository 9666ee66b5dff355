import type { Measurement } from './measurement';

/**
 * What `measureAgreement` answers for a project (and `tagwright agreement PROJECT --json`
 * prints): how far annotators agree on spans, their attributes and their relations, per label and
 * overall, pair by pair and as a group. docs/agreement.md defines every figure.
 */
export interface AgreementReport {
  /** The annotators compared, in the project's order: each one's documents and annotations (in the labels compared). */
  annotators: { id: string; name: string; documents: number; annotations: number }[];
  labels: { id: string; name: string }[];
  /** Every annotator together: F1 micro-averaged over the pairs, Cohen's kappa the mean of the pairs' (Light's kappa). */
  group: GroupAgreement;
  /** Each pair once, the annotator listed first as the reference. */
  pairs: PairAgreement[];
  /** Each attribute of each label, on the spans matched by overlap, every pair's matches pooled. */
  attributes: AttributeAgreement[];
  relations: RelationAgreement;
  /** Every document two annotators or more worked on, the lowest token alpha first. */
  documents: DocumentAgreement[];
}

/** The span measures, overall and for each label. */
export interface LabelledAgreement {
  overall: SpanAgreement;
  perLabel: { label: string; agreement: SpanAgreement }[];
}

export interface GroupAgreement extends LabelledAgreement {
  /** Documents every annotator compared worked on: the only ones the group's unitised alpha pools. */
  unitisedDocuments: number;
}

export interface PairAgreement extends LabelledAgreement {
  reference: string;
  other: string;
  /** Documents both worked on: the only ones compared for this pair (its unitised alpha pools them all). */
  documents: number;
}

/** How far spans agree, as span matches and as labels on tokens. */
export interface SpanAgreement {
  /** Spans of the reference and of the other annotator (summed over pairs for the group) and how many matched. */
  spans: { reference: number; other: number; exact: number; overlap: number };
  exactF1: Measurement;
  overlapF1: Measurement;
  tokenPercent: Measurement;
  tokenCohen: Measurement;
  tokenFleiss: Measurement;
  tokenAlpha: Measurement;
  /** Krippendorff's unitised alpha on the characters of the documents (shared/agreement/unitised-alpha.ts). */
  unitisedAlpha: Measurement;
}

/** The measures of a SpanAgreement that are a Measurement, with their names for people (and for a table's column). */
export const SPAN_MEASURES = [
  { key: 'overlapF1', title: 'Overlap F1', short: 'Overlap F1' },
  { key: 'exactF1', title: 'Exact-span F1', short: 'Exact F1' },
  { key: 'tokenAlpha', title: "Krippendorff's alpha (tokens)", short: 'Alpha' },
  { key: 'unitisedAlpha', title: "Krippendorff's unitised alpha (characters)", short: 'uAlpha' },
  { key: 'tokenCohen', title: "Cohen's kappa (tokens)", short: 'Cohen' },
  { key: 'tokenFleiss', title: "Fleiss' kappa (tokens)", short: 'Fleiss' },
  { key: 'tokenPercent', title: 'Percent agreement (tokens)', short: 'Percent' },
] as const satisfies readonly { key: keyof SpanAgreement; title: string; short: string }[];
export type SpanMeasureKey = (typeof SPAN_MEASURES)[number]['key'];

export interface AttributeAgreement {
  label: string;
  attribute: string;
  /** Matched span pairs compared. */
  matched: number;
  percent: Measurement;
  alpha: Measurement;
}

/** Relations (from, to, type) after matching the spans they join. */
export interface RelationAgreement {
  group: Measurement;
  pairs: {
    reference: string;
    other: string;
    referenceRelations: number;
    otherRelations: number;
    matched: number;
    f1: Measurement;
  }[];
}

export interface DocumentAgreement {
  id: string;
  title: string;
  annotators: number;
  tokenAlpha: Measurement;
  overlapF1: Measurement;
}
