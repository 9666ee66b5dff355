import type { Annotator, Label } from '../model';
import type { AgreementOptions } from './agreement-options';
import type { AgreementReport } from './agreement-report';
import { compareDocument, type AgreementDocument } from './document-comparison';
import { ProjectTallies } from './project-tallies';

export type { AgreementDocument } from './document-comparison';
export type { AgreementOptions } from './agreement-options';

/** What a project's agreement is measured on: its labels, its annotators' names, its documents (read once, in order). */
export interface AgreementInput {
  labels: readonly Label[];
  annotators: readonly Annotator[];
  documents: Iterable<AgreementDocument>;
}

/**
 * How far a project's annotators agree (docs/agreement.md). An annotator takes part in a document
 * when they made an annotation in it, of any label; a document two of them or more took part in
 * is compared, each pair on the documents both took part in. Annotations without an annotator
 * count as one more annotator, "".
 */
export function measureProjectAgreement(input: AgreementInput, options: AgreementOptions = {}): AgreementReport {
  const labels = options.labels ? input.labels.filter((l) => options.labels!.includes(l.id)) : [...input.labels];
  const labelIds = labels.map((l) => l.id);
  const compared = new Set(labelIds);
  const wanted = options.annotators && new Set(options.annotators);
  const documents = options.documents && new Set(options.documents);
  const order = annotatorOrder(input.annotators);
  const tallies = new ProjectTallies(labels);
  const seen = new Set<string>();
  for (const doc of input.documents) {
    if (documents && !documents.has(doc.id)) continue;
    const annotations = new Map<string, number>();
    for (const a of doc.annotations) {
      if (wanted && !wanted.has(a.annotator)) continue;
      annotations.set(a.annotator, (annotations.get(a.annotator) ?? 0) + (compared.has(a.label) ? 1 : 0));
    }
    const participants = [...annotations.keys()].sort(order.compare);
    for (const p of participants) {
      tallies.annotatorWorkedOn(p, annotations.get(p)!);
      seen.add(p);
    }
    if (participants.length >= 2) compareDocument(doc, participants, labelIds, tallies);
  }
  const names = new Map(input.annotators.map((a) => [a.id, a.name]));
  return tallies.report(labels, [...seen].sort(order.compare), (id) => names.get(id) || id || '(no annotator)');
}

/** The project's annotators in the order it lists them, then any other (an annotation's annotator missing from the list) by id. */
function annotatorOrder(listed: readonly Annotator[]) {
  const rank = new Map(listed.map((a, i) => [a.id, i]));
  return {
    compare(x: string, y: string): number {
      const rx = rank.get(x) ?? Infinity;
      const ry = rank.get(y) ?? Infinity;
      return rx === ry ? (x < y ? -1 : x > y ? 1 : 0) : rx < ry ? -1 : 1;
    },
  };
}
