/** What a key does in the Curation view (README "Curation"). */
export type CurationKeyAction =
  /** J/K: the next or previous unsettled candidate; ↓/↑ (`settledToo`): the next or previous one, settled or not. */
  | { kind: 'next'; settledToo: boolean }
  | { kind: 'previous'; settledToo: boolean }
  /** Accept the version of lane `lane` (1-based, as the lanes are numbered). */
  | { kind: 'accept'; lane: number }
  | { kind: 'acceptAgreed' }
  | { kind: 'reject' }
  | { kind: 'edit' }
  | { kind: 'done' };

/** The view's key for a key press, or null when it is not one (modified keys are the page's: Ctrl+Z undoes). */
export function curationKeyAction(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): CurationKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (/^[1-9]$/.test(event.key)) return { kind: 'accept', lane: Number(event.key) };
  switch (event.key.toLowerCase()) {
    case 'j':
    case 'arrowdown':
      return { kind: 'next', settledToo: event.key === 'ArrowDown' };
    case 'k':
    case 'arrowup':
      return { kind: 'previous', settledToo: event.key === 'ArrowUp' };
    case 'a':
      return { kind: 'acceptAgreed' };
    case 'x':
      return { kind: 'reject' };
    case 'e':
      return { kind: 'edit' };
    case 'd':
      return { kind: 'done' };
    default:
      return null;
  }
}
