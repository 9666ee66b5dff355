import type { LiveRound, SyncReport } from '../../sync/sync-session';

/** What came down and what went up, for people. */
export function syncReportText(report: SyncReport): string {
  const { down, up } = report;
  return [
    `  down: ${down.documents} documents; ${down.put} things put, ${down.removed} removed, ${down.waiting} waiting`,
    `  up:   ${up.documents} documents; ${up.written} written, ${up.removed} deleted`,
    ...refusedLines(down.refused),
  ].join('\n');
}

/** One line per live round that changed something. */
export function liveRoundText(round: LiveRound): string {
  const { down, up } = round;
  return [
    `down: ${down.put} put, ${down.removed} removed, ${down.waiting} waiting; up: ${up.written} written, ${up.removed} deleted`,
    ...refusedLines(down.refused),
  ].join('\n');
}

function refusedLines(refused: readonly string[]): string[] {
  return refused.length === 0 ? [] : [`  refused ${refused.length}:`, ...refused.map((r) => `    ${r}`)];
}
