/** What a key does on the focused suggestion in the suggestions list. */
export type SuggestionKeyAction = 'accept' | 'reject' | 'accept-label' | 'next' | 'previous' | 'first' | 'last';

/** The keys, as the list's help and the legend say them. */
export const SUGGESTION_KEYS_HELP =
  'Enter or A accepts, Delete or R rejects, Shift+A accepts every suggestion of that label; arrows move';

/**
 * The action of a key pressed on a suggestion: Enter or A accepts it, Delete, Backspace or R rejects
 * it, Shift+A accepts every suggestion of its label in the document, arrows, Home and End move
 * between suggestions. Null for any other key or with Ctrl, Cmd or Alt held (undo stays undo).
 */
export function suggestionKeyAction(event: {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): SuggestionKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (key === 'a') return event.shiftKey ? 'accept-label' : 'accept';
  if (event.shiftKey) return null;
  switch (key) {
    case 'Enter':
      return 'accept';
    case 'Delete':
    case 'Backspace':
    case 'r':
      return 'reject';
    case 'ArrowDown':
    case 'ArrowRight':
      return 'next';
    case 'ArrowUp':
    case 'ArrowLeft':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}
