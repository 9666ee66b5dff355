/** A time spent as people read it: `0 min`, `42 min`, `3 h 05 min` (whole minutes, rounded down). */
export function durationText(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}
