import type { HitsLabelled } from '../../shared/search/hit-labelling';

const hits = (n: number) => `${n} hit${n === 1 ? '' : 's'}`;

/** What labelling search hits did, in a sentence for the search view's status line. */
export function labelledNotice(result: HitsLabelled, labelName: string): string {
  const { created, skipped, overlaps } = result;
  const parts = [
    created === 0
      ? `Nothing to label: every hit is labelled ${labelName} already.`
      : `Labelled ${hits(created)} as ${labelName}.`,
  ];
  if (created > 0 && skipped.length > 0) {
    parts.push(`${hits(skipped.length)} ${skipped.length === 1 ? 'was' : 'were'} labelled ${labelName} already.`);
  }
  const overlapping = new Set(overlaps.map((o) => `${o.hit.documentId}:${o.hit.start}`)).size;
  if (overlapping > 0) {
    parts.push(`${hits(overlapping)} ${overlapping === 1 ? 'overlaps' : 'overlap'} other annotations.`);
  }
  if (created > 0) parts.push('Ctrl+Z undoes it.');
  return parts.join(' ');
}
