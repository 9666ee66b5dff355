import { SPAN_MEASURES, type AgreementReport, type SpanAgreement } from '../../../shared/agreement/agreement-report';
import { measurementText } from '../../../shared/agreement/measurement';

/** Documents listed under "Worst documents" (the JSON and CSV reports list them all). */
const WORST_SHOWN = 10;

const row = (name: string, a: SpanAgreement) =>
  `  ${name.padEnd(24)} ${SPAN_MEASURES.map((m) => measurementText(a[m.key]).padStart(m.short.length + 2)).join('')}`;

const header = (first: string) => `  ${first.padEnd(24)} ${SPAN_MEASURES.map((m) => `  ${m.short}`).join('')}`;

/** A project's agreement report for people: the group, each label, each pair, attributes, relations, the worst documents. */
export function agreementText(report: AgreementReport, project: string): string {
  const annotator = new Map(report.annotators.map((a) => [a.id, a.name]));
  const label = new Map(report.labels.map((l) => [l.id, l.name]));
  if (report.pairs.length === 0) {
    return `${project}: no document has annotations by two annotators, so there is nothing to compare.`;
  }
  return [
    `${project}: ${report.documents.length} document(s) compared`,
    `Annotators: ${report.annotators.map((a) => `${a.name} (${a.documents} documents, ${a.annotations} annotations)`).join(', ')}`,
    '',
    'Group, per label:',
    header('Label'),
    row('(all labels)', report.group.overall),
    ...report.group.perLabel.map((l) => row(label.get(l.label) ?? l.label, l.agreement)),
    `  uAlpha (unitised, on characters): the ${report.group.unitisedDocuments} document(s) every annotator worked on; a pair's, those both did.`,
    '',
    'Pairs (reference / other), all labels:',
    header('Pair'),
    ...report.pairs.map((p) => row(`${annotator.get(p.reference)} / ${annotator.get(p.other)}`, p.overall)),
    '',
    'Attributes of matched spans:',
    ...(report.attributes.length === 0 ? ['  (none)'] : []),
    ...report.attributes.map(
      (a) =>
        `  ${`${label.get(a.label)} ${a.attribute}`.padEnd(24)} percent ${measurementText(a.percent)}, alpha ${measurementText(a.alpha)} (${a.matched} matched)`,
    ),
    `Relations after matching: F1 ${measurementText(report.relations.group)}`,
    '',
    `Worst documents (token alpha, overlap F1):`,
    ...report.documents
      .slice(0, WORST_SHOWN)
      .map(
        (d) => `  ${measurementText(d.tokenAlpha).padStart(9)} ${measurementText(d.overlapF1).padStart(9)}  ${d.title}`,
      ),
    '',
    '"undefined": the figure has no value here; --json gives the reason.',
  ].join('\n');
}
