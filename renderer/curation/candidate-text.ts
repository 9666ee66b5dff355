import type { Label } from '../../shared/model';
import type { CurationCandidate } from '../../shared/curation/curation-candidates';
import { shownQuote } from '../display-text/shown-quote';

/** A candidate's label (name and colour; its id when the schema lost it) and its text in the document. */
export function candidateText(candidate: CurationCandidate, labels: readonly Label[], text: string) {
  const label = labels.find((l) => l.id === candidate.label);
  return {
    labelName: label?.name ?? candidate.label,
    colour: label?.colour ?? 'currentColor',
    quote: shownQuote({
      start: candidate.start,
      quote: text.slice(candidate.start, candidate.end),
      fragments: candidate.fragments,
    }),
  };
}

/** Why a candidate is disputed, in words: who did not make it, which attributes differ, what overlaps it. */
export function disputeDetails(candidate: CurationCandidate, nameOf: (annotator: string) => string): string[] {
  const details: string[] = [];
  if (candidate.missing.length > 0) details.push(`not by ${candidate.missing.map(nameOf).join(', ')}`);
  if (candidate.differingAttributes.length > 0) {
    details.push(`attributes differ: ${candidate.differingAttributes.join(', ')}`);
  }
  if (candidate.conflicts.length > 0) {
    details.push(`overlaps ${candidate.conflicts.length} other ${candidate.conflicts.length === 1 ? 'span' : 'spans'}`);
  }
  return details;
}
