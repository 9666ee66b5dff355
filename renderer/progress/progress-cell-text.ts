import type { ProgressCell, ProgressStatus, ProgressTotals } from '../../shared/team/progress-report';
import { durationText } from '../../shared/team/duration-text';

const STATUS_NAMES: Record<ProgressStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  'unassigned-annotated': 'Not assigned, annotated',
  none: 'Not assigned',
};

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a cell says: its status, then its counts and time when there is work. */
export function cellText(cell: ProgressCell): string {
  const parts = [STATUS_NAMES[cell.status]];
  if (cell.doneAt) parts[0] += ` ${cell.doneAt.slice(0, 10)}`;
  const work = cell.annotations + cell.relations + cell.events > 0 || cell.firstEdit !== null;
  if (work) {
    parts.push(plural(cell.annotations, 'annotation'));
    if (cell.relations > 0) parts.push(plural(cell.relations, 'relation'));
    if (cell.events > 0) parts.push(plural(cell.events, 'event'));
    parts.push(durationText(cell.timeSpentMs));
  }
  return parts.join(' · ');
}

/** What an annotator's total says. */
export function totalsText(t: ProgressTotals): string {
  return `${t.done} of ${t.assigned} done · ${plural(t.annotations, 'annotation')} · ${durationText(t.timeSpentMs)}`;
}

/** An empty cell, for an annotator the report does not list yet (this user, before their first assignment). */
export function emptyCell(documentId: string, annotator: string): ProgressCell {
  return {
    documentId,
    annotator,
    assigned: false,
    status: 'none',
    doneAt: null,
    annotations: 0,
    relations: 0,
    events: 0,
    firstEdit: null,
    lastEdit: null,
    timeSpentMs: 0,
  };
}
