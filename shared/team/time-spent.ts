/**
 * How long a pause between two edits may be and still count as work: 10 minutes. Longer, and the
 * annotator is taken to have been away (a break, a meeting, the next day), and none of it counts.
 */
export const IDLE_LIMIT_MS = 10 * 60 * 1000;

/**
 * Time spent, estimated from edit times (milliseconds since the epoch, any order): the sum of the
 * gaps between consecutive times, each gap longer than `idleLimitMs` counted as a break (nothing).
 * One edit, or none, is no measurable time: 0. Equal times count once.
 */
export function timeSpentMs(times: readonly number[], idleLimitMs = IDLE_LIMIT_MS): number {
  const sorted = [...times].sort((a, b) => a - b);
  let spent = 0;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]! - sorted[i - 1]!;
    if (gap <= idleLimitMs) spent += gap;
  }
  return spent;
}
